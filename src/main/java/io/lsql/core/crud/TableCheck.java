package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Checks that the bound DynamoDB table exists and is keyed (table and GSIs) as the design says. */
final class TableCheck {

    private TableCheck() {
    }

    static void check(DynamoDbClient dynamo, CrudBinding binding) {
        TableDescription table = describe(dynamo, binding.table());
        Map<String, String> types = table.attributeDefinitions().stream()
                .collect(Collectors.toMap(a -> a.attributeName(), a -> a.attributeTypeAsString()));
        String expected = keyText(binding.partitionKey(), binding.sortKey());
        String actual = keyText(table.keySchema(), types);
        if (!expected.equals(actual)) {
            throw new LsqlException("The DynamoDB table " + binding.table() + " is keyed " + actual + " but the design keys it "
                    + expected + "; recreate the table from the design, or bind the design the table was made from.");
        }
        for (IndexInfo index : binding.indexes()) {
            GlobalSecondaryIndexDescription gsi = table.globalSecondaryIndexes().stream()
                    .filter(g -> g.indexName().equals(index.name())).findFirst().orElseThrow(() -> new LsqlException(
                            "The DynamoDB table " + binding.table() + " has no GSI " + index.name()
                                    + ", which the design has; add the index or recreate the table from the design."));
            String indexExpected = keyText(index.partitionKey(), index.sortKey());
            String indexActual = keyText(gsi.keySchema(), types);
            if (!indexExpected.equals(indexActual)) {
                throw new LsqlException("GSI " + index.name() + " of " + binding.table() + " is keyed " + indexActual
                        + " but the design keys it " + indexExpected + "; recreate the index from the design.");
            }
        }
    }

    private static TableDescription describe(DynamoDbClient dynamo, String table) {
        try {
            return dynamo.describeTable(b -> b.tableName(table)).table();
        } catch (ResourceNotFoundException e) {
            throw new LsqlException("The DynamoDB table " + table + " does not exist; create it from the design first"
                    + " (lsql design --create, the wizard, or Create in DynamoDB).", e);
        } catch (SdkException e) {
            throw AwsErrors.translate("DescribeTable " + table, e);
        }
    }

    private static String keyText(KeyField partition, KeyField sort) {
        return "HASH " + partition.attribute() + " (" + partition.type() + ")"
                + (sort == null ? "" : ", RANGE " + sort.attribute() + " (" + sort.type() + ")");
    }

    private static String keyText(List<KeySchemaElement> schema, Map<String, String> types) {
        String hash = schema.stream().filter(k -> "HASH".equals(k.keyTypeAsString())).map(k -> k.attributeName()).findFirst().orElse("?");
        String range = schema.stream().filter(k -> "RANGE".equals(k.keyTypeAsString())).map(k -> k.attributeName()).findFirst()
                .orElse(null);
        return "HASH " + hash + " (" + types.get(hash) + ")" + (range == null ? "" : ", RANGE " + range + " (" + types.get(range) + ")");
    }
}
