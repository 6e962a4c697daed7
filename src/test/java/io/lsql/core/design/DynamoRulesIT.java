package io.lsql.core.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.load.TargetTables;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.testing.CliProcess;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** moto creates what DynamoDB refuses; lsql refuses it first, before reading or writing anything. */
@IntegrationTest
class DynamoRulesIT {

    @Test
    void aTargetTableNameDynamoDbRefusesStopsTheMigrationBeforeAnyWork(Sandbox sandbox, @TempDir Path dir) throws Exception {
        MigrationService service = new MigrationService(Databases.source(sandbox, SampleDatabases.APP_DB), Databases.aws(sandbox),
                ProgressListener.NONE, new CancellationToken());
        LsqlException e = assertThrows(LsqlException.class, () -> service.migrate(MigrationPlan.of(
                new MigrationSource(MigrationSource.Kind.TABLE, "Orders"), dir.toString()).withTargetTable("a b!").withLoad(LoadMethod.BATCH)));
        assertEquals("DynamoDB refuses the table name 'a b!': use 3 to 255 characters of a-z, A-Z, 0-9, '_', '.' and '-', e.g. a_b_.",
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("manifest.json")), "nothing was exported");
        assertFalse(tables(sandbox).contains("a b!"), "nothing was created");
    }

    @Test
    void theCliReportsItInOneLine(Sandbox sandbox, @TempDir Path dir) throws Exception {
        CliProcess.Result result = CliProcess.run(Map.of("AWS_ENDPOINT_URL", sandbox.moto().endpoint(), "AWS_REGION", Sandbox.REGION,
                        "AWS_ACCESS_KEY_ID", SandboxInfo.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", SandboxInfo.SECRET_KEY),
                "export", "--jdbc-url", sandbox.mariaDb().jdbcUrl(SampleDatabases.APP_DB), "--user", "root", "--table", "Orders",
                "--target-table", "x", "--stage", dir.resolve("stage").toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals("lsql: DynamoDB refuses the table name 'x': use 3 to 255 characters of a-z, A-Z, 0-9, '_', '.' and '-', "
                + "e.g. x__.", result.err().strip());
        assertFalse(Files.exists(dir.resolve("stage").resolve("manifest.json")));
    }

    @Test
    void createTableInputDynamoDbRefusesIsNeverSentToTheEndpoint(Sandbox sandbox) throws Exception {
        ObjectNode tooManyIndexes = table("many_gsis", 21);
        ObjectNode badIndexName = table("bad_index", 1);
        ((ObjectNode) badIndexName.at("/GlobalSecondaryIndexes/0")).put("IndexName", "by region!");
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            LsqlException many = assertThrows(LsqlException.class, () -> io.lsql.core.design.TableCreator.create(dynamo, tooManyIndexes));
            assertTrue(many.getMessage().contains("21 global secondary indexes"), many.getMessage());
            LsqlException index = assertThrows(LsqlException.class, () -> TargetTables.ensure(dynamo, badIndexName));
            assertTrue(index.getMessage().startsWith("DynamoDB refuses the index name 'by region!' of table bad_index"), index.getMessage());
        }
        assertFalse(tables(sandbox).contains("many_gsis"));
        assertFalse(tables(sandbox).contains("bad_index"));
    }

    private static List<String> tables(Sandbox sandbox) {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            return dynamo.listTables().tableNames();
        }
    }

    private static ObjectNode table(String name, int gsis) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("TableName", name);
        ArrayNode definitions = root.putArray("AttributeDefinitions");
        definitions.addObject().put("AttributeName", "pk").put("AttributeType", "S");
        root.putArray("KeySchema").addObject().put("AttributeName", "pk").put("KeyType", "HASH");
        root.put("BillingMode", "PAY_PER_REQUEST");
        ArrayNode indexes = root.putArray("GlobalSecondaryIndexes");
        for (int i = 1; i <= gsis; i++) {
            definitions.addObject().put("AttributeName", "g" + i).put("AttributeType", "S");
            ObjectNode index = indexes.addObject();
            index.put("IndexName", "gsi" + i);
            index.putArray("KeySchema").addObject().put("AttributeName", "g" + i).put("KeyType", "HASH");
            index.putObject("Projection").put("ProjectionType", "ALL");
        }
        return root;
    }
}
