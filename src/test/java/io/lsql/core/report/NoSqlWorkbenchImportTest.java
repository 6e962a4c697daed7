package io.lsql.core.report;

import io.lsql.core.LsqlException;
import io.lsql.core.plan.BillingMode;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing a NoSQL Workbench model into a plan: keys, indexes and billing; unknown fields ignored; wrong files refused. */
class NoSqlWorkbenchImportTest {

    private static final Plan PLAN = new Plan(Plan.VERSION, null, null, "file:///tmp/stage", null, List.of(
            new Target("Orders", new KeyAttribute("ord_id", KeyType.S), null, List.of(), null, null, 0, 0, null, null, null, List.of())));

    /** A model as NoSQL Workbench writes it, with fields the import doesn't use. */
    private static final String MODEL = """
            {
              "ModelName": "shop",
              "ModelMetadata": {"Author": "someone", "AWSService": "Amazon DynamoDB", "Version": "3.0", "Color": "blue"},
              "DataModel": [
                {
                  "TableName": "Orders",
                  "KeyAttributes": {"PartitionKey": {"AttributeName": "PK", "AttributeType": "S"},
                                    "SortKey": {"AttributeName": "SK", "AttributeType": "N"}},
                  "NonKeyAttributes": [{"AttributeName": "GSI1PK", "AttributeType": "S"}],
                  "GlobalSecondaryIndexes": [{"IndexName": "GSI1",
                    "KeyAttributes": {"PartitionKey": {"AttributeName": "GSI1PK", "AttributeType": "S"}},
                    "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["name"]}}],
                  "TableData": [],
                  "DataAccess": {"MySql": {}},
                  "BillingMode": "PROVISIONED",
                  "ProvisionedCapacitySettings": {"ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 7},
                    "AutoScalingRead": {"ScalableTargetRequest": {"MinCapacity": 1}}}
                },
                {"TableName": "NotInThePlan", "KeyAttributes": {"PartitionKey": {"AttributeName": "x", "AttributeType": "S"}}}
              ]
            }
            """;

    @Test
    void takesKeysIndexesAndBillingAndIgnoresWhatItDoesNotKnow() {
        Target orders = NoSqlWorkbenchModel.importInto(PLAN, MODEL.getBytes(StandardCharsets.UTF_8), "m.json").targets().get(0);
        assertEquals(new KeyAttribute("PK", KeyType.S), orders.partitionKey());
        assertEquals(new KeyAttribute("SK", KeyType.N), orders.sortKey());
        assertEquals("GSI1", orders.indexes().get(0).name());
        assertEquals("INCLUDE", orders.indexes().get(0).projection());
        assertEquals(List.of("name"), orders.indexes().get(0).nonKeyAttributes());
        assertEquals(BillingMode.PROVISIONED, orders.billingMode());
        assertEquals(5, orders.readCapacity());
        assertEquals(7, orders.writeCapacity());
    }

    @Test
    void refusesAnotherVersionOrAModelOfOtherTables() {
        String v2 = MODEL.replace("\"Version\": \"3.0\"", "\"Version\": \"2.0\"");
        String message = assertThrows(LsqlException.class,
                () -> NoSqlWorkbenchModel.importInto(PLAN, v2.getBytes(StandardCharsets.UTF_8), "m.json")).getMessage();
        assertEquals("m.json is not a NoSQL Workbench data model of version 3.0 (ModelMetadata.Version is '2.0').", message);
        String other = MODEL.replace("\"TableName\": \"Orders\"", "\"TableName\": \"Other\"");
        message = assertThrows(LsqlException.class,
                () -> NoSqlWorkbenchModel.importInto(PLAN, other.getBytes(StandardCharsets.UTF_8), "m.json")).getMessage();
        assertEquals("m.json names none of the plan's tables.", message);
        message = assertThrows(LsqlException.class,
                () -> NoSqlWorkbenchModel.importInto(PLAN, "{".getBytes(StandardCharsets.UTF_8), "m.json")).getMessage();
        assertTrue(message.startsWith("m.json is not JSON: "), message);
    }
}
