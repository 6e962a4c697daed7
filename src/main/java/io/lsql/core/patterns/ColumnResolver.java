package io.lsql.core.patterns;

import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import net.sf.jsqlparser.schema.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resolves aliases to real tables and unqualified columns against the schema, for one statement. */
final class ColumnResolver {

    private final Schema schema;
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final List<String> tables = new ArrayList<>();

    ColumnResolver(Schema schema) {
        this.schema = schema;
    }

    /** Registers a table of the FROM clause (or the INSERT/UPDATE/DELETE target) and its alias. */
    void addTable(net.sf.jsqlparser.schema.Table table) {
        String name = canonicalTable(unquote(table.getName()));
        if (!tables.contains(name)) {
            tables.add(name);
        }
        aliases.put(name.toLowerCase(Locale.ROOT), name);
        if (table.getAlias() != null) {
            aliases.put(unquote(table.getAlias().getName()).toLowerCase(Locale.ROOT), name);
        }
    }

    List<String> tables() {
        return List.copyOf(tables);
    }

    /**
     * {@code Table.column} with the schema's spelling; the name alone when no table of the statement owns
     * it (a select alias in ORDER BY, or a column that does not exist).
     */
    String resolve(Column column) {
        String name = unquote(column.getColumnName());
        if (column.getTable() != null && column.getTable().getName() != null) {
            String qualifier = unquote(column.getTable().getName()).toLowerCase(Locale.ROOT);
            String table = aliases.getOrDefault(qualifier, canonicalTable(unquote(column.getTable().getName())));
            return table + "." + canonicalColumn(table, name);
        }
        for (String table : tables) {
            Optional<Table> known = schemaTable(table);
            if (known.isPresent() && known.get().column(name).isPresent()) {
                return table + "." + known.get().column(name).get().name();
            }
        }
        boolean single = tables.size() == 1 && schemaTable(tables.get(0)).isEmpty();
        return single ? tables.get(0) + "." + name : name;
    }

    /** True when a declared foreign key links the two {@code Table.column} names, in either direction. */
    boolean followsForeignKey(String left, String right) {
        return linked(left, right) || linked(right, left);
    }

    private boolean linked(String from, String to) {
        String[] f = from.split("\\.", 2);
        String[] t = to.split("\\.", 2);
        if (f.length < 2 || t.length < 2) {
            return false;
        }
        return schemaTable(f[0]).stream().flatMap(table -> table.foreignKeys().stream())
                .anyMatch(fk -> references(fk, f[1], t[0], t[1]));
    }

    private static boolean references(ForeignKey fk, String column, String table, String referenced) {
        int at = indexOfIgnoreCase(fk.columns(), column);
        return at >= 0 && fk.referencedTable().equalsIgnoreCase(table)
                && fk.referencedColumns().get(at).equalsIgnoreCase(referenced);
    }

    private static int indexOfIgnoreCase(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<Table> schemaTable(String name) {
        return schema == null ? Optional.empty() : schema.table(name);
    }

    private String canonicalTable(String name) {
        return schemaTable(name).map(Table::name).orElse(name);
    }

    private String canonicalColumn(String table, String column) {
        return schemaTable(table).flatMap(t -> t.column(column)).map(io.lsql.core.schema.Column::name).orElse(column);
    }

    static String unquote(String identifier) {
        if (identifier.length() >= 2 && (identifier.startsWith("`") && identifier.endsWith("`")
                || identifier.startsWith("\"") && identifier.endsWith("\""))) {
            return identifier.substring(1, identifier.length() - 1);
        }
        return identifier;
    }
}
