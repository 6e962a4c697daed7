package io.lsql.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.MariaDbServer;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lsql cost} on app_db: sizes measured on the real rows through the migration's mapping. */
@IntegrationTest
class CostCommandIT {

    private static final String DB = "cost_cli_db";

    @BeforeAll
    static void createDatabase(Sandbox sandbox) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "")) {
            SampleDatabases.loadAppDb(connection, DB);
        }
    }

    static String[] run(Sandbox sandbox, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 3];
        all[0] = args[0];
        all[1] = "--jdbc-url";
        all[2] = sandbox.mariaDb().jdbcUrl(DB);
        all[3] = "--user=" + MariaDbServer.USER;
        System.arraycopy(args, 1, all, 4, args.length - 1);
        int code = LsqlCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void costsEveryTableFromItsRealRowsAtTheStatedPrices(Sandbox sandbox) throws Exception {
        String[] result = run(sandbox, "cost", "--reads-per-sec", "100", "--writes-per-sec", "10", "--json");
        assertEquals("0", result[0], result[2]);
        JsonNode json = new ObjectMapper().readTree(result[1]);
        assertEquals("us-east-1", json.get("prices").get("region").asText());
        assertEquals(5, json.get("targets").size(), result[1]);
        JsonNode orderLines = null;
        for (JsonNode target : json.get("targets")) {
            if (target.get("table").asText().equals("OrderLines")) {
                orderLines = target;
            }
            assertTrue(target.get("itemsExact").asBoolean(), "app_db is smaller than the sample");
            assertTrue(target.get("p50").asLong() > 0 && target.get("max").asLong() >= target.get("p95").asLong(), target.toString());
            assertTrue(target.get("onDemandUsdPerMonth").asDouble() > 0, target.toString());
        }
        assertEquals(20, orderLines.get("items").asLong());
        // 20 items of < 1 KB and one ALL-projected GSI entry each: 40 write units
        assertEquals(40, orderLines.get("batchWriteUnits").asLong());
        // at least each item and its index entry with their 100-byte overheads
        assertTrue(orderLines.get("storedBytes").asLong() > 20 * 100 * 2, orderLines.toString());
        assertTrue(orderLines.get("importGb").asDouble() > 0, orderLines.toString());
    }

    @Test
    void printsTheFiguresBesideThePricesTheyUse(Sandbox sandbox) {
        String[] result = run(sandbox, "cost", "--sample-rows", "3");
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].contains("Customers  10 items (estimated)"), result[1]);
        assertTrue(result[1].contains("Sizes from up to 3 sampled rows per source; prices: us-east-1 list prices as of 2024-11-01"),
                result[1]);
        assertTrue(result[1].contains("storage only; give --reads-per-sec/--writes-per-sec"), result[1]);
    }

    @Test
    void aNegativeRateIsOneSentence(Sandbox sandbox) {
        String[] result = run(sandbox, "cost", "--writes-per-sec", "-1");
        assertEquals("2", result[0]);
        assertTrue(result[2].startsWith("lsql: --reads-per-sec and --writes-per-sec must be zero or more"), result[2]);
        assertEquals(1, result[2].strip().lines().count(), result[2]);
    }
}
