package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.CliProcess;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class PatternsCommandIT {

    @Test
    void harvestsASqlFileIntoPatternsJsonAndReadsItBackUnchanged(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path sql = dir.resolve("app.sql");
        Files.writeString(sql, "SELECT * FROM Orders WHERE cust_id = '0001' AND ord_date >= '2024-01-01';\n"
                + "SELECT * FROM Orders WHERE cust_id = '0002' AND ord_date >= '2025-01-01';\n");
        Path out = dir.resolve("patterns.json");
        CliProcess.Result result = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root",
                "--from", sql.toString(), "--out", out.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Orders.cust_id"), result.out());
        assertTrue(result.out().contains("Orders.ord_date GE"), result.out());
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(1, json.get("patternsVersion").asInt());
        assertEquals(2, json.get("patterns").get(0).get("count").asLong());
        assertTrue(json.get("patterns").size() > 1, "the sample queries count too");

        Path again = dir.resolve("again.json");
        CliProcess.Result check = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root",
                "--in", out.toString(), "--out", again.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals(Files.readString(out), Files.readString(again));
    }

    @Test
    void anEditedFileWithUnknownTablesAndColumnsFailsWithOneLineEach(Sandbox sandbox, @TempDir Path dir) throws Exception {
        Path sql = dir.resolve("app.sql");
        Files.writeString(sql, "SELECT * FROM Customers WHERE cust_id = 1;\n");
        Path out = dir.resolve("patterns.json");
        assertEquals(0, CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root", "--no-samples",
                "--from", sql.toString(), "--out", out.toString()).exitCode());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(out.toFile());
        ObjectNode edited = (ObjectNode) json.get("patterns").get(0).deepCopy();
        edited.put("id", "p-mine");
        edited.put("sql", "SELECT * FROM Invoices i JOIN Customers c ON c.nickname = i.cust WHERE c.cust_id = ?");
        ((com.fasterxml.jackson.databind.node.ArrayNode) json.get("patterns")).add(edited);
        mapper.writeValue(out.toFile(), json);

        CliProcess.Result result = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root",
                "--in", out.toString());
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("p-mine: table Invoices does not exist in app_db."), result.out());
        assertTrue(result.out().contains("p-mine: column Customers.nickname does not exist in app_db."), result.out());
    }

    @Test
    void badInputIsOneSentenceAndExitTwo(Sandbox sandbox, @TempDir Path dir) throws Exception {
        CliProcess.Result noFile = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root",
                "--from", dir.resolve("missing.sql").toString(), "--out", dir.resolve("p.json").toString());
        assertEquals(2, noFile.exitCode());
        assertEquals(1, noFile.err().strip().lines().count(), noFile.err());
        assertTrue(noFile.err().contains("missing.sql: no such file"), noFile.err());

        CliProcess.Result badFrom = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root",
                "--from", "binlog", "--out", dir.resolve("p.json").toString());
        assertEquals(2, badFrom.exitCode());
        assertTrue(badFrom.err().contains("--from takes digest, general-log, slow-log or a .sql file"), badFrom.err());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"patternsVersion\": 9, \"schema\": \"app_db\", \"patterns\": []}");
        CliProcess.Result badVersion = CliProcess.run(Map.of(), "patterns", "--jdbc-url", url(sandbox), "--user", "root",
                "--in", broken.toString());
        assertEquals(2, badVersion.exitCode());
        assertTrue(badVersion.err().contains("patternsVersion 9"), badVersion.err());
    }

    private static String url(Sandbox sandbox) {
        return sandbox.mariaDb().jdbcUrl("app_db");
    }
}
