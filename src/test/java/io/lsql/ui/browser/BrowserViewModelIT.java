package io.lsql.ui.browser;

import io.lsql.ui.AppState;

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

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser without a window: same-thread task runner, real MariaDB and moto. */
@IntegrationTest
class BrowserViewModelIT {

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
