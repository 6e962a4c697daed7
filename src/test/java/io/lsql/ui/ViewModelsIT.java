package io.lsql.ui;

import io.lsql.core.connect.ProfileStore;
import io.lsql.core.design.DesignOverride;
import io.lsql.core.design.DesignService;
import io.lsql.core.schema.SchemaService;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.browser.BrowserViewModel;
import io.lsql.ui.common.DirectTaskRunner;
import io.lsql.ui.connect.ConnectionsViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ViewModels without a window: same-thread task runner, real MariaDB and moto. */
@IntegrationTest
class ViewModelsIT {

    @Test
    void connectionsTestConnectAndSaveProfilesWithoutThePassword(Sandbox sandbox, @TempDir Path home) throws Exception {
        AppState state = new AppState();
        ProfileStore store = new ProfileStore(home);
        ConnectionsViewModel vm = new ConnectionsViewModel(state, new DirectTaskRunner(), new ProfileBook(store), new ConnectionSession());
        vm.useSandbox(sandbox.info());
        vm.testMySql();
        assertTrue(vm.mysql.result.get().startsWith("Connected: 11.4"), vm.mysql.result.get());
        assertFalse(vm.mysql.failed.get());
        assertNotNull(state.mysqlProperty().get());
        assertEquals("app_db", state.mysqlProperty().get().database());
        vm.testAws();
        assertTrue(vm.aws.result.get().contains("s3://lsql-stage/runs/ is writable"), vm.aws.result.get());

        vm.mysql.password.set("not-saved-secret");
        vm.connect();
        String saved = Files.readString(home.resolve("profiles.json"));
        assertTrue(saved.contains("\"version\" : 1") && saved.contains("\"name\" : \"sandbox\""), saved);
        assertFalse(saved.contains("not-saved-secret"));
        assertFalse(Files.exists(home.resolve("secrets.json")) && Files.readString(home.resolve("secrets.json")).contains("not-saved-secret"));

        vm.mysql.savePassword.set(true);
        vm.connect();
        assertEquals("not-saved-secret", new String(store.password("sandbox").orElseThrow()));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(home.resolve("secrets.json"))));

        vm.mysql.port.set("not-a-port");
        vm.testMySql();
        assertEquals("Port must be a number, not 'not-a-port'.", vm.mysql.result.get());
        assertTrue(vm.mysql.failed.get());
    }

    @Test
    void browserDesignsTheSelectionAndRevalidatesOverrides(Sandbox sandbox, @TempDir Path home) {
        AppState state = new AppState();
        BrowserViewModel browser = new BrowserViewModel(state, new DirectTaskRunner(), new SchemaService(), new DesignService());
        new ConnectionsViewModel(state, new DirectTaskRunner(), new ProfileBook(new ProfileStore(home)), new ConnectionSession()).useSandbox(sandbox.info());
        assertEquals(12, state.schemaProperty().get().tables().size());
        browser.filter.set("ord_line");
        assertTrue(browser.matches(state.schemaProperty().get().table("OrderLines").orElseThrow()));
        assertFalse(browser.matches(state.schemaProperty().get().table("Reps").orElseThrow()));

        browser.select("OrderLines");
        assertEquals("ord_id", browser.design.get().key().partitionKey().attribute());
        assertEquals("ord_line_id", browser.design.get().key().sortKey().attribute());
        assertTrue(browser.createTableJson.get().contains("\"TableName\" : \"OrderLines\""));

        browser.overrideKey("prod_id", "ord_id");
        assertEquals("prod_id", browser.design.get().key().partitionKey().attribute());
        assertTrue(browser.design.get().hasWarning("KEY_NOT_UNIQUE"), "prod_id+ord_id may repeat");
        assertEquals(new DesignOverride("prod_id", "ord_id", java.util.Set.of()), state.overrides().get("OrderLines"));
        browser.dropGsi("idx_prod_price");
        assertTrue(browser.design.get().gsis().isEmpty());
        browser.resetOverride();
        assertEquals("ord_id", browser.design.get().key().partitionKey().attribute());
        assertEquals(1, browser.design.get().gsis().size());
    }
}
