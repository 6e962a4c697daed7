package io.lsql.core.design;

import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** For each foreign key into or out of a table: the SQL join, and the DynamoDB way to serve it. */
final class ForeignKeyHints {

    private ForeignKeyHints() {
    }

    static List<ForeignKeyHint> forTable(Schema schema, Table table, KeyDesign key) {
        List<ForeignKeyHint> hints = new ArrayList<>();
        for (ForeignKey fk : table.foreignKeys()) {
            hints.add(hint(fk, key));
        }
        for (ForeignKey fk : schema.incomingForeignKeys(table.name())) {
            if (!fk.table().equalsIgnoreCase(table.name())) {
                hints.add(hint(fk, null));
            }
        }
        return hints;
    }

    private static ForeignKeyHint hint(ForeignKey fk, KeyDesign childKey) {
        String on = IntStream.range(0, fk.columns().size())
                .mapToObj(i -> "c." + fk.columns().get(i) + " = p." + fk.referencedColumns().get(i))
                .collect(Collectors.joining(" AND "));
        String join = "SELECT p.*, c.* FROM " + fk.referencedTable() + " p JOIN " + fk.table() + " c ON " + on;
        String parentKey = String.join(", ", fk.referencedColumns());
        boolean childAlreadyCollected = childKey != null && !childKey.columns().isEmpty()
                && GsiPlanner.isPrefix(fk.columns(), childKey.columns()) && childKey.sortKey() != null;
        String parentTag = fk.referencedTable().toUpperCase(Locale.ROOT);
        String childTag = fk.table().toUpperCase(Locale.ROOT);
        String collection = "Item collection: store " + fk.referencedTable() + " and its " + fk.table()
                + " in one table with partition key = " + parentKey + ", sort key '" + parentTag + "' for the "
                + fk.referencedTable() + " item and '" + childTag + "#<" + fk.table() + " key>' for each child, so one "
                + "Query returns the " + fk.referencedTable() + " with all its " + fk.table() + ". "
                + (childAlreadyCollected
                    ? fk.table() + " already uses " + String.join(", ", fk.columns()) + " as its partition key, so its items "
                      + "form that collection today. "
                    : "Without stacking, Query a GSI on " + fk.table() + "(" + String.join(", ", fk.columns()) + ") to "
                      + "find the children of one " + fk.referencedTable() + ". ")
                + "If " + fk.referencedTable() + " attributes are read with every " + fk.table()
                + " and rarely change, denormalise them into the child items instead.";
        return new ForeignKeyHint(fk.name(), fk.table(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), join,
                collection);
    }
}
