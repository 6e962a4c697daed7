package io.lsql.ui.connect;

import io.lsql.ui.AppState;

import io.lsql.core.connect.ProfileStore;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
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

/** The Connections pane without a window: same-thread task runner, real MariaDB and moto. */
@IntegrationTest
class ConnectionsViewModelIT {

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
}
