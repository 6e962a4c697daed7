package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.ItemEncoder;
import io.lsql.core.mapping.ItemLayout;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.mapping.RowMapper;
import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.PlanLayouts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One MySQL table or view bound to its DynamoDB table through a plan target and source: the migration's own
 * {@link ItemLayout} (from {@link PlanLayouts#layout}) maps a row to its item, and the key templates map an
 * item's key back to the row's key. Build it with {@link CrudBindings}.
 */
public final class CrudBinding {

    private final Target target;
    private final TargetSource source;
    private final SourceDescription description;
    private final ItemLayout layout;
    private final KeyField partitionKey;
    private final KeyField sortKey;
    private final List<IndexInfo> indexes;

    CrudBinding(Target target, TargetSource source, SourceDescription description) {
        this.target = target;
        this.source = source;
        this.description = description;
        this.layout = PlanLayouts.layout(description, target, source);
        this.partitionKey = field(layout.partitionKey(), KeyRole.PARTITION);
        this.sortKey = layout.sortKey() == null ? null : field(layout.sortKey(), KeyRole.SORT);
        this.indexes = target.indexes().stream().map(this::index).toList();
    }

    /** The DynamoDB table. */
    public String table() {
        return target.table();
    }

    public Target target() {
        return target;
    }

    public TargetSource targetSource() {
        return source;
    }

    /** The MySQL table or view. */
    public MigrationSource source() {
        return description.source();
    }

    public boolean isView() {
        return description.table() != null && description.table().isView();
    }

    /** The MySQL columns, in table order. */
    public List<String> columns() {
        return layout.columns().stream().map(SourceColumn::name).toList();
    }

    /** The MySQL column types as declared ({@code varchar(20)}), in table order. */
    public List<String> columnTypes() {
        return layout.columns().stream().map(c -> c.column().columnType()).toList();
    }

    /** MySQL's primary key columns; empty for views and keyless tables (their rows are paged by OFFSET). */
    public List<String> primaryKey() {
        return description.table() == null ? List.of() : description.table().primaryKey();
    }

    /** The columns the DynamoDB table key is built from: a row's key, the columns {@link #rowKey} returns. */
    public List<String> rowKeyColumns() {
        Set<String> columns = new LinkedHashSet<>(partitionKey.columns());
        if (sortKey != null) {
            columns.addAll(sortKey.columns());
        }
        return List.copyOf(columns);
    }

    public KeyField partitionKey() {
        return partitionKey;
    }

    /** {@code null} when the table has no sort key. */
    public KeyField sortKey() {
        return sortKey;
    }

    public List<IndexInfo> indexes() {
        return indexes;
    }

    /** The index named {@code name}, refused in one sentence when the table has none of that name. */
    public IndexInfo index(String name) {
        return indexes.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow(() -> new LsqlException("The table "
                + table() + " has no index " + name + "; it has: " + (indexes.isEmpty() ? "none"
                : String.join(", ", indexes.stream().map(IndexInfo::name).toList())) + "."));
    }

    /** In a single-table target, the entity type that marks this source's items; else {@code null}. */
    public String entityType() {
        return layout.constants().get(TargetSource.ENTITY_ATTRIBUTE);
    }

    /** The migration's layout, for readers that map rows exactly as the export does. */
    public ItemLayout layout() {
        return layout;
    }

    /** The attribute a column is written as, or empty when the mapping drops it. */
    public Optional<String> attributeOf(String column) {
        int index = columnIndex(column);
        if (layout.drops().contains(layout.columns().get(index).name())) {
            return Optional.empty();
        }
        String name = layout.attributeName(index);
        return Optional.of(name != null ? name : layout.columns().get(index).name());
    }

    /** The type an attribute is written as: a key's declared type, a column's mapped type, S for constants. */
    public ItemType attributeType(String attribute) {
        for (KeyTemplate key : layout.allDerived()) {
            if (key.attribute().equals(attribute)) {
                return itemType(key.type());
            }
        }
        for (int i = 0; i < layout.columns().size(); i++) {
            if (attribute.equals(layout.attributeName(i))) {
                return itemType(layout.attributeType(i));
            }
        }
        return ItemType.S;
    }

    /**
     * The item the migration writes for {@code row} (column texts as MySQL prints them).
     *
     * @throws LsqlException naming the reason when the row can't be an item (NULL key, over 400 KB, number out of range)
     */
    public Item itemOf(RowValues row) {
        RowMapper mapper = mapped(row);
        ItemEncoder encoder = new ItemEncoder(layout);
        ItemEncoder.Result result = encoder.encode(mapper);
        if (!result.ok()) {
            throw new LsqlException("The row can't be a DynamoDB item: " + result.reason() + ".");
        }
        return ItemCodec.parse(new String(encoder.bytes(), 0, encoder.length(), StandardCharsets.UTF_8));
    }

    /** The DynamoDB key (partition and sort attributes) of the row whose key columns are given. */
    public Item itemKey(RowValues rowKey) {
        RowMapper mapper = mapped(rowKey);
        Item key = Item.EMPTY.with(partitionKey.attribute(), render(layout.partitionKey(), mapper));
        return sortKey == null ? key : key.with(sortKey.attribute(), render(layout.sortKey(), mapper));
    }

    /** The value of key attribute {@code attribute} (of the table or an index) for the given column values. */
    public ItemValue keyValue(String attribute, RowValues columns) {
        KeyTemplate template = layout.allDerived().stream().filter(k -> k.attribute().equals(attribute)).findFirst()
                .orElse(null);
        if (template == null) {
            return plainValue(attribute, columns);
        }
        return render(template, mapped(columns));
    }

    /** The table key attributes of {@code item} only. */
    public Item keyOf(Item item) {
        Item key = Item.EMPTY.with(partitionKey.attribute(), required(item, partitionKey.attribute()));
        return sortKey == null ? key : key.with(sortKey.attribute(), required(item, sortKey.attribute()));
    }

    /** The row key ({@link #rowKeyColumns()}) of the item whose table key is in {@code item}, read back through the templates. */
    public RowValues rowKey(Item item) {
        Map<String, String> values = new LinkedHashMap<>();
        for (KeyField key : sortKey == null ? List.of(partitionKey) : List.of(partitionKey, sortKey)) {
            KeyTemplate template = key == partitionKey ? layout.partitionKey() : layout.sortKey();
            ItemValue value = required(item, key.attribute());
            Map<Integer, String> parsed = template.columnTexts(value.text())
                    .orElseThrow(() -> new LsqlException("The key " + key.attribute() + " = " + value.text()
                            + " does not have the form " + key.template() + " of " + table() + "'s rows."));
            parsed.forEach((column, text) -> values.put(layout.columns().get(column).name(), text));
        }
        return new RowValues(values);
    }

    private RowMapper mapped(RowValues row) {
        RowMapper mapper = new RowMapper(layout);
        List<String> texts = new ArrayList<>();
        for (SourceColumn column : layout.columns()) {
            texts.add(row.get(column.name()));
        }
        mapper.mapGiven(texts).ifPresent(problem -> {
            throw new LsqlException("The row can't be a DynamoDB item: " + problem + ".");
        });
        return mapper;
    }

    private ItemValue plainValue(String attribute, RowValues columns) {
        for (int i = 0; i < layout.columns().size(); i++) {
            if (attribute.equals(attributeOf(layout.columns().get(i).name()).orElse(null))) {
                return itemOf(columns).get(attribute).orElseThrow(() -> new LsqlException("The " + attribute
                        + " of the given values is empty or NULL, which no key may be."));
            }
        }
        throw new LsqlException("The table " + table() + " has no key attribute " + attribute + ".");
    }

    private static ItemValue render(KeyTemplate template, RowMapper mapper) {
        String[] problem = new String[1];
        KeyTemplate.Rendered rendered = template.render(mapper, problem);
        if (rendered == null) {
            throw new LsqlException("No key " + template.attribute() + ": " + problem[0] + ".");
        }
        return switch (rendered.type()) {
            case N -> ItemValue.n(rendered.text());
            case B -> ItemValue.bytes(rendered.bytes());
            default -> ItemValue.s(rendered.text());
        };
    }

    private ItemValue required(Item item, String attribute) {
        return item.get(attribute).orElseThrow(() -> new LsqlException("The item has no key attribute " + attribute
                + "; a key of " + table() + " needs " + partitionKey.attribute()
                + (sortKey == null ? "" : " and " + sortKey.attribute()) + "."));
    }

    private int columnIndex(String column) {
        List<SourceColumn> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(column)) {
                return i;
            }
        }
        throw new LsqlException("The " + source().describe() + " has no column " + column + "; it has: " + String.join(", ", columns()) + ".");
    }

    private KeyField field(KeyTemplate template, KeyRole role) {
        List<String> columns = template.columnIndexes().stream().map(i -> layout.columns().get(i).name()).toList();
        return new KeyField(template.attribute(), itemType(template.type()), role, template.template(), columns);
    }

    private IndexInfo index(Index index) {
        return new IndexInfo(index.name(), indexField(index.partitionKey(), KeyRole.PARTITION),
                index.sortKey() == null ? null : indexField(index.sortKey(), KeyRole.SORT), index.projection());
    }

    private KeyField indexField(io.lsql.core.plan.KeyAttribute attribute, KeyRole role) {
        ItemType type = ItemType.valueOf(attribute.type().id());
        for (KeyTemplate key : layout.allDerived()) {
            if (key.attribute().equals(attribute.name())) {
                return new KeyField(attribute.name(), type, role, key.template(), field(key, role).columns());
            }
        }
        String column = columns().stream().filter(c -> attribute.name().equals(attributeOf(c).orElse(null))).findFirst()
                .orElse(attribute.name());
        return new KeyField(attribute.name(), type, role, KeyTemplate.placeholder(column, 0), List.of(column));
    }

    private static ItemType itemType(AttributeType type) {
        return switch (type) {
            case DOCUMENT -> ItemType.M;
            default -> ItemType.valueOf(type.name());
        };
    }
}
