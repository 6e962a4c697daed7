package io.lsql.core.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A relational table or view as the report's schema section and diagram show it.
 *
 * @param kind           "table" or "view"
 * @param rows           the server's row estimate, -1 when unknown (views)
 * @param itemCollection the DynamoDB table whose item collections hold this table's rows grouped under a parent
 *                       (its partition key is a foreign key's columns, or it shares a single-table target), else {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"name", "kind", "rows", "dataBytes", "columns", "primaryKey", "foreignKeys", "target", "itemCollection"})
public record SchemaTable(String name, String kind, long rows, long dataBytes, List<String> columns, List<String> primaryKey,
                          List<Relation> foreignKeys, String target, String itemCollection) {

    public SchemaTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** A foreign key: {@code name} from this table's {@code columns} to {@code parent}. */
    @JsonPropertyOrder({"name", "columns", "parent", "parentColumns"})
    public record Relation(String name, List<String> columns, String parent, List<String> parentColumns) {
        public Relation {
            columns = List.copyOf(columns);
            parentColumns = List.copyOf(parentColumns);
        }
    }
}
