package io.lsql.core.design;

import com.fasterxml.jackson.databind.JsonNode;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * The one way a DynamoDB table is created from a CreateTable input (the design pane, {@code lsql design
 * --create} and the loader all come here): create it, wait until it is ACTIVE, describe it.
 */
public final class TableCreator {

    private TableCreator() {
    }

    public static TableDescription create(DynamoDbClient dynamo, JsonNode createTable) {
        CreateTableRequest request = CreateTableJson.toRequest(createTable);
        try {
            dynamo.createTable(request);
            return dynamo.waiter().waitUntilTableExists(b -> b.tableName(request.tableName())).matched().response()
                    .orElseThrow(() -> new LsqlException("Table " + request.tableName() + " did not become ACTIVE."))
                    .table();
        } catch (ResourceInUseException e) {
            throw new LsqlException("DynamoDB table " + request.tableName() + " already exists; delete it or choose another name.", e);
        } catch (SdkException e) {
            throw AwsErrors.translate("Creating DynamoDB table " + request.tableName(), e);
        }
    }
}
