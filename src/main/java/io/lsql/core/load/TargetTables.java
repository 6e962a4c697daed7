package io.lsql.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.design.DynamoRules;
import io.lsql.core.design.TableCreator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds or creates the target table and checks that its key matches the items. */
public final class TargetTables {

    private TargetTables() {
    }

    public static Optional<TableDescription> describe(DynamoDbClient dynamo, String table) {
        try {
            return Optional.of(dynamo.describeTable(b -> b.tableName(table)).table());
        } catch (ResourceNotFoundException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw AwsErrors.translate("Describing DynamoDB table " + table, e);
        }
    }

    /** The key attribute names of a CreateTable input, partition key first. */
    public static List<String> keyNames(JsonNode createTable) {
        List<String> names = new ArrayList<>();
        createTable.get("KeySchema").forEach(k -> names.add(k.get("AttributeName").asText()));
        return names;
    }

    /** Creates the table if it is missing; if it exists, it must have the same key. */
    public static void ensure(DynamoDbClient dynamo, JsonNode createTable) {
        DynamoRules.checkCreateTable(createTable);
        String table = createTable.get("TableName").asText();
        Optional<TableDescription> existing = describe(dynamo, table);
        if (existing.isPresent()) {
            List<String> actual = existing.get().keySchema().stream().map(KeySchemaElement::attributeName).toList();
            if (!actual.equals(keyNames(createTable))) {
                throw new LsqlException("DynamoDB table " + table + " exists with key " + actual + " but the items have key "
                        + keyNames(createTable) + "; choose another --target-table.");
            }
            return;
        }
        TableCreator.create(dynamo, createTable);
    }
}
