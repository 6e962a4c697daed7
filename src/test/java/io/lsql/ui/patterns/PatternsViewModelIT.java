package io.lsql.ui.patterns;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.HarvestOptions;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.patterns.PatternSource;
import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.schema.SchemaService;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.AppState;
import io.lsql.ui.common.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Patterns list on the sandbox's app_db: harvests list the workshop's sample queries; typed statements parse against it. */
@IntegrationTest
class PatternsViewModelIT {

    @Test
    void harvestingASqlFileListsItsStatementsAndEverySampleQuery(Sandbox sandbox, @TempDir Path dir) throws Exception {
        PatternsViewModel vm = connected(sandbox);
        Path file = dir.resolve("app.sql");
        Files.writeString(file, "SELECT * FROM Customers WHERE cust_id = '0001';\nSELECT * FROM Customers WHERE cust_id = '0002';\n");
        vm.from.set(HarvestOptions.From.FILE);
        vm.harvest();
        assertEquals("Choose the .sql file to harvest from first.", vm.message.get());
        vm.harvestFile.set(file);
        vm.peakFactor.set("0.5");
        vm.harvest();
        assertEquals("The peak factor must be a number of at least 1, not '0.5'.", vm.message.get());
        vm.peakFactor.set("4");
        vm.harvest();

        AccessPattern byId = vm.rows.stream().filter(p -> p.source() == PatternSource.FILE).findFirst().orElseThrow();
        assertEquals(2, byId.count());
        assertEquals(List.of("Customers.cust_id"), byId.shape().equalityColumns());
        long samples = vm.rows.stream().filter(p -> p.source() == PatternSource.SAMPLE).count();
        assertEquals(SampleQueries.all().size(), samples, "every sample query is an app_db pattern: " + vm.notes);
        assertTrue(vm.rows.stream().allMatch(p -> p.shape().parsed()), "every sample query parses");
        assertEquals("Harvested " + vm.rows.size() + " pattern(s) from app_db.", vm.message.get());
        assertEquals("app_db", vm.patterns.get().schema());
    }

    @Test
    void harvestingTheServerFindsTheSampleQueriesAndAddParsesAgainstTheLiveSchema(Sandbox sandbox) {
        PatternsViewModel vm = connected(sandbox);
        vm.harvest();
        assertTrue(vm.message.get().startsWith("Harvested "), vm.message.get());
        assertTrue(vm.rows.size() >= SampleQueries.all().size(), vm.rows.size() + " pattern(s)");
        assertFalse(vm.busy.get());

        vm.add("SELECT o.ord_id FROM Orders o JOIN Customers c ON c.cust_id = o.cust_id WHERE c.region = 'West'");
        AccessPattern added = vm.rows.get(vm.rows.size() - 1);
        assertEquals(PatternSource.TYPED, added.source());
        assertEquals(List.of("Orders", "Customers"), added.shape().tables());
        assertTrue(added.shape().joins().get(0).foreignKey(), "the join follows app_db's foreign key");
    }

    private static PatternsViewModel connected(Sandbox sandbox) {
        AppState state = new AppState();
        JdbcSource source = Databases.source(sandbox, "app_db");
        state.mysqlProperty().set(source);
        state.schemaProperty().set(new SchemaService().read(source));
        return new PatternsViewModel(state, new DirectTaskRunner(), new PatternHarvester());
    }
}
