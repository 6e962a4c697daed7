package io.lsql.core.design;

import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.List;

/**
 * A DynamoDB table as DescribeTable reports it after creation.
 *
 * @param keys "HASH attr" and "RANGE attr"
 * @param gsis "indexName STATUS" per global secondary index
 */
public record CreatedTable(String name, String status, List<String> keys, List<String> gsis, String arn) {

    public CreatedTable {
        keys = List.copyOf(keys);
        gsis = List.copyOf(gsis);
    }

    static CreatedTable of(TableDescription table) {
        List<String> keys = table.keySchema().stream().map(k -> k.keyTypeAsString() + " " + k.attributeName()).toList();
        List<String> gsis = table.hasGlobalSecondaryIndexes()
                ? table.globalSecondaryIndexes().stream().map(g -> g.indexName() + " " + g.indexStatusAsString()).toList()
                : List.of();
        return new CreatedTable(table.tableName(), table.tableStatusAsString(), keys, gsis, table.tableArn());
    }

    /** Several lines for the design pane: name and status, key, GSIs, ARN. */
    public String describe() {
        return name + " " + status + "\nkey: " + String.join(", ", keys) + "\nGSIs: "
                + (gsis.isEmpty() ? "none" : String.join(", ", gsis)) + "\nARN: " + arn;
    }
}
