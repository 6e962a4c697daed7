package io.lsql.core.sql;

import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Foreign keys of the tables in a query, each with the JOIN clause that follows it. */
public final class JoinHints {

    public record Hint(ForeignKey foreignKey, String description, String join) {
    }

    private JoinHints() {
    }

    public static List<Hint> forStatement(Schema schema, String statement) {
        Map<String, Table> aliases = new SqlCompletion(schema).aliases(statement);
        Set<Table> tables = new LinkedHashSet<>(aliases.values());
        List<Hint> hints = new ArrayList<>();
        for (Table table : tables) {
            String alias = aliasOf(aliases, table);
            for (ForeignKey fk : table.foreignKeys()) {
                hints.add(hint(fk, alias, shortAlias(fk.referencedTable(), aliases.keySet()), true));
            }
            for (ForeignKey fk : schema.incomingForeignKeys(table.name())) {
                hints.add(hint(fk, shortAlias(fk.table(), aliases.keySet()), alias, false));
            }
        }
        return hints;
    }

    private static Hint hint(ForeignKey fk, String childAlias, String parentAlias, boolean outgoing) {
        String on = IntStream.range(0, fk.columns().size())
                .mapToObj(i -> childAlias + "." + fk.columns().get(i) + " = " + parentAlias + "." + fk.referencedColumns().get(i))
                .collect(Collectors.joining(" AND "));
        String joined = outgoing ? fk.referencedTable() + " " + parentAlias : fk.table() + " " + childAlias;
        return new Hint(fk, fk.table() + fk.columns() + " → " + fk.referencedTable() + fk.referencedColumns(),
                "JOIN " + joined + " ON " + on);
    }

    private static String aliasOf(Map<String, Table> aliases, Table table) {
        return aliases.entrySet().stream().filter(e -> e.getValue() == table && !e.getKey().equals(table.name().toLowerCase(Locale.ROOT)))
                .map(Map.Entry::getKey).findFirst().orElse(table.name());
    }

    private static String shortAlias(String table, Collection<String> taken) {
        String base = table.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        String alias = base.isEmpty() ? "t" : base.substring(0, 1);
        int n = 2;
        while (taken.contains(alias)) {
            alias = base.substring(0, Math.min(base.length(), n++));
            if (n > base.length() + 1) {
                alias = alias + n;
            }
        }
        return alias;
    }
}
