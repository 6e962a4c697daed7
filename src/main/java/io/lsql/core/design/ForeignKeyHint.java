package io.lsql.core.design;

import java.util.List;

/** How a relationship that SQL answers with a JOIN is served in DynamoDB. */
public record ForeignKeyHint(String constraint, String childTable, List<String> childColumns, String parentTable,
                             List<String> parentColumns, String joinSql, String itemCollection) {

    public ForeignKeyHint {
        childColumns = List.copyOf(childColumns);
        parentColumns = List.copyOf(parentColumns);
    }
}
