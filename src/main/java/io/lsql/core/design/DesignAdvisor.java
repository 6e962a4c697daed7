package io.lsql.core.design;

import io.lsql.core.schema.TableStatistics;
import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.ColumnMapping;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.mapping.ValueKind;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Proposes a DynamoDB table for each MySQL table and view: keys, GSIs, attribute types (from
 * {@link TypeMapping}), the rationale for each choice, warnings and foreign-key hints. Pure: all
 * measurements come in through {@link TableStatistics}.
 */
public final class DesignAdvisor {

    public static final long MAX_ITEM_BYTES = 400 * 1024;
    static final long NEAR_LIMIT_BYTES = 300 * 1024;
    static final long LARGE_VALUE_BYTES = 64 * 1024;
    static final int MAX_PARTITION_KEY_BYTES = 2048;
    static final int MAX_SORT_KEY_BYTES = 1024;
    static final long STATISTICS_MIN_ROWS = 1000;

    private final TableStatistics stats;

    public DesignAdvisor(TableStatistics stats) {
        this.stats = stats;
    }

    public List<TableDesign> design(Schema schema) {
        return schema.tables().stream().map(t -> design(schema, t)).toList();
    }

    public TableDesign design(Schema schema, Table table) {
        return design(schema, table, DesignOverride.NONE);
    }

    /** The design with the user's changes applied and re-validated. */
    public TableDesign design(Schema schema, Table table, DesignOverride override) {
        KeyChooser.Choice key = override.changesKey() ? KeyChooser.fromOverride(table, override) : KeyChooser.choose(schema, table);
        List<Rationale> rationale = new ArrayList<>(key.rationale());
        List<DesignWarning> warnings = new ArrayList<>(key.warnings());
        String tableName = DesignNames.tableName(table.name());
        if (!tableName.equals(table.name())) {
            warnings.add(new DesignWarning(Severity.INFO, "TABLE_NAME", table.name(), "DynamoDB table names allow only "
                    + "3-255 characters of [a-zA-Z0-9_.-]: the table is named " + tableName + "."));
        }
        long maxItem = maxItemBytes(table);
        // InnoDB's average is page-based and meaningless for a handful of rows
        long typicalItem = table.avgRowLength() > 0 && table.rowEstimate() >= STATISTICS_MIN_ROWS
                ? table.avgRowLength() + attributeNameBytes(table) : Math.min(maxItem, 4096);
        boolean largeValues = table.columns().stream().anyMatch(c -> c.maxBytes() != null && c.maxBytes() > LARGE_VALUE_BYTES);
        GsiPlanner.Plan planned = GsiPlanner.plan(table, key.key(), typicalItem, largeValues, stats);
        GsiPlanner.Plan gsis = new GsiPlanner.Plan(planned.gsis().stream()
                .filter(g -> !override.droppedGsis().contains(g.indexName())).toList(), planned.rationale(), planned.warnings());
        rationale.addAll(gsis.rationale());
        warnings.addAll(gsis.warnings());
        Map<String, AttributeDesign> attributes = attributes(table, key.key(), gsis.gsis(), warnings);
        warnings.addAll(keyWarnings(table, key.key()));
        warnings.addAll(sizeWarnings(table, maxItem));
        if (key.key().source() != KeySource.SYNTHETIC) {
            HotKeys.check(table, key.key().partitionKey().attribute(),
                    stats.distinctValues(table, key.key().partitionKey().columns()), false, "partition key")
                    .ifPresent(warnings::add);
        }
        return new TableDesign(table.schema(), table.name(), table.kind(), tableName, key.key(), gsis.gsis(),
                new ArrayList<>(attributes.values()), rationale, warnings, ForeignKeyHints.forTable(schema, table, key.key()),
                typicalItem, maxItem);
    }

    private Map<String, AttributeDesign> attributes(Table table, KeyDesign key, List<GsiDesign> gsis, List<DesignWarning> warnings) {
        Map<String, AttributeDesign> attributes = new LinkedHashMap<>();
        List<KeyPart> keyParts = new ArrayList<>(key.parts());
        gsis.forEach(g -> keyParts.addAll(g.parts()));
        for (Column column : table.columns()) {
            ColumnMapping mapping = TypeMapping.forColumn(column);
            boolean isKey = keyParts.stream().anyMatch(p -> p.isPlainColumn() && p.attribute().equals(column.name()));
            AttributeType type = isKey ? TypeMapping.keyType(column) : mapping.type();
            String format = isKey && type != mapping.type()
                    ? mapping.format() + "; as a key attribute written as " + type : mapping.format();
            attributes.put(column.name(), new AttributeDesign(column.name(), column.name(), type, column.columnType(),
                    format, column.nullable()));
            if (mapping.lossy()) {
                String code = mapping.note().startsWith("DECIMAL") ? "DECIMAL_PRECISION" : "LOSSY_TYPE";
                warnings.add(new DesignWarning(Severity.WARNING, code, column.name(), mapping.note() + "."));
            }
        }
        for (KeyPart part : keyParts) {
            if (!part.isPlainColumn() && !attributes.containsKey(part.attribute())) {
                String format = part.columns().size() == 1 && !part.template().startsWith("{#")
                        ? "index key copy of " + part.columns().get(0) + " as " + part.type() + ", left out when empty (sparse); "
                          + part.columns().get(0) + " keeps its own attribute"
                        : "built from " + part.template() + "; the source columns stay attributes too";
                attributes.put(part.attribute(), new AttributeDesign(part.attribute(), null, part.type(), "derived", format, true));
            }
        }
        for (Column column : table.columns()) {
            if (ValueKind.of(column) == ValueKind.BOOL_NUMBER) {
                OptionalLong other = stats.rowsWhere(table, "`" + column.name().replace("`", "``") + "` NOT IN (0, 1)");
                if (other.isPresent() && other.getAsLong() > 0) {
                    warnings.add(new DesignWarning(Severity.WARNING, "NON_BOOLEAN_TINYINT", column.name(), other.getAsLong()
                            + " row(s) hold " + column.name() + " values other than 0 and 1: as BOOL they become true (the export "
                            + "counts them); map the column as a number if the values matter."));
                }
            }
        }
        return attributes;
    }

    private List<DesignWarning> keyWarnings(Table table, KeyDesign key) {
        List<DesignWarning> warnings = new ArrayList<>();
        if (key.source() == KeySource.SYNTHETIC) {
            return warnings;
        }
        for (KeyPart part : key.parts()) {
            boolean partition = part == key.partitionKey();
            long limit = partition ? MAX_PARTITION_KEY_BYTES : MAX_SORT_KEY_BYTES;
            long bytes = 0;
            for (String name : part.columns()) {
                Column column = KeyParts.column(table, name);
                bytes += column.maxBytes() == null ? 0 : column.maxBytes() + 1;
                if (column.nullable()) {
                    warnings.add(new DesignWarning(Severity.WARNING, "NULLABLE_KEY", name, "Key column " + name
                            + " is nullable: rows where it is NULL cannot become items and go to the rejects file."));
                }
                AttributeType type = TypeMapping.forColumn(column).type();
                if (!type.isKeyType() && type != AttributeType.BOOL) {
                    warnings.add(new DesignWarning(Severity.WARNING, "KEY_TYPE", name, "Key column " + name + " ("
                            + column.columnType() + ") maps to " + type + ", which cannot be a key: the key uses its text form."));
                }
                if (part.columns().size() > 1 && List.of("float", "double", "real").contains(column.dataType())) {
                    warnings.add(new DesignWarning(Severity.WARNING, "FLOAT_KEY_PART", name, "Floating-point column "
                            + name + " in a composite key has no fixed-width text: string order will differ from numeric order."));
                }
            }
            if (bytes > limit) {
                warnings.add(new DesignWarning(Severity.WARNING, "KEY_LENGTH", part.attribute(), (partition ? "Partition" : "Sort")
                        + " key " + part.attribute() + " can reach " + bytes + " bytes; DynamoDB allows " + limit
                        + ": longer values are rejected."));
            }
        }
        return warnings;
    }

    private List<DesignWarning> sizeWarnings(Table table, long maxItem) {
        List<DesignWarning> warnings = new ArrayList<>();
        OptionalLong measured = stats.maxRowBytes(table);
        List<String> big = table.columns().stream().filter(c -> c.maxBytes() != null && c.maxBytes() > LARGE_VALUE_BYTES)
                .map(Column::name).toList();
        if (measured.isPresent() && measured.getAsLong() + attributeNameBytes(table) > MAX_ITEM_BYTES) {
            warnings.add(new DesignWarning(Severity.ERROR, "ITEM_SIZE", table.name(), "The largest row today is "
                    + kb(measured.getAsLong()) + ", over DynamoDB's 400 KB item limit: those rows go to the rejects file; "
                    + "store " + big + " in S3 with a pointer attribute, or split the item."));
        } else if (measured.isPresent() && measured.getAsLong() > NEAR_LIMIT_BYTES) {
            warnings.add(new DesignWarning(Severity.WARNING, "ITEM_SIZE", table.name(), "The largest row today is "
                    + kb(measured.getAsLong()) + ", close to the 400 KB item limit; plan S3 pointers for " + big + "."));
        } else if (maxItem > MAX_ITEM_BYTES) {
            warnings.add(new DesignWarning(Severity.WARNING, "ITEM_SIZE", table.name(), "Columns " + big
                    + " can hold more than DynamoDB's 400 KB item limit"
                    + (measured.isPresent() ? " (largest row today: " + kb(measured.getAsLong()) + ")" : "")
                    + ": larger rows will be rejected; consider S3 pointers for large values."));
        }
        return warnings;
    }

    static long maxItemBytes(Table table) {
        long declared = table.maxDeclaredRowBytes();
        return declared == Long.MAX_VALUE ? declared : declared + attributeNameBytes(table);
    }

    private static long attributeNameBytes(Table table) {
        return table.columns().stream().mapToLong(c -> c.name().length()).sum();
    }

    private static String kb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
