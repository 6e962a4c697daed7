package io.lsql.ui.connect;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.connect.ProfileStore;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ProfileBook;
import io.lsql.ui.AppState;
import io.lsql.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Connections pane's coordination without a server: tasks finish later than the user acts, as they do in the app. */
class ConnectionsViewModelTest {

    /** Holds tasks until {@link #runAll}: the background work of the real runner, in an order the test controls. */
    private static final class LaterTaskRunner implements TaskRunner {
        private final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void run(String title, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> {
                T result;
                try {
                    result = work.call(ProgressListener.NONE, new CancellationToken());
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }

        @Override
        public void cancelAll() {
            queued.clear();
        }
    }

    private static final SandboxInfo SANDBOX = new SandboxInfo("jdbc:mysql://127.0.0.1:40001/", "root", "http://127.0.0.1:40002",
            "us-east-1", "/tmp/sandbox");

    @Test
    void theSavedProfileArrivingLateDoesNotOverwriteTheSandbox(@TempDir Path home) {
        ProfileStore store = new ProfileStore(home);
        store.save(ProfileStore.Profiles.empty().withMySql(new MySqlProfile("prod", "db.example.com", 3306, "shop", "app",
                "VERIFY_IDENTITY", false)));
        AppState state = new AppState();
        LaterTaskRunner tasks = new LaterTaskRunner();
        ConnectionsViewModel vm = new ConnectionsViewModel(state, tasks, new ProfileBook(store), new ConnectionSession());

        vm.useSandbox(SANDBOX);
        assertEquals(null, state.mysqlProperty().get(), "connecting saves the profile first, in the background");
        tasks.runAll();

        assertEquals("127.0.0.1", vm.mysql.host.get());
        assertEquals("40001", vm.mysql.port.get());
        assertEquals(List.of("prod", "sandbox"), List.copyOf(vm.savedProfiles));
        assertEquals("app_db", state.mysqlProperty().get().database());
        assertEquals("http://127.0.0.1:40002", state.awsProperty().get().endpointUrl());
        ProfileStore.Profiles saved = store.load();
        assertEquals(List.of("prod", "sandbox"), saved.mysql().stream().map(MySqlProfile::name).toList(),
                "the MySQL save and the AWS save, one after the other, keep every profile");
        assertEquals("sandbox", saved.lastAws());
    }

    @Test
    void theLastProfileFillsAnUntouchedForm(@TempDir Path home) {
        ProfileStore store = new ProfileStore(home);
        store.save(ProfileStore.Profiles.empty().withMySql(new MySqlProfile("prod", "db.example.com", 3307, "shop", "app",
                "VERIFY_IDENTITY", false)));
        LaterTaskRunner tasks = new LaterTaskRunner();
        ConnectionsViewModel vm = new ConnectionsViewModel(new AppState(), tasks, new ProfileBook(store), new ConnectionSession());
        assertEquals("127.0.0.1", vm.mysql.host.get(), "nothing is read on the FX thread");
        tasks.runAll();
        assertEquals("db.example.com", vm.mysql.host.get());
        assertEquals("3307", vm.mysql.port.get());
        assertEquals("", vm.mysql.password.get(), "no password was saved");
    }

    @Test
    void aFormErrorShowsInItsOwnCard(@TempDir Path home) {
        LaterTaskRunner tasks = new LaterTaskRunner();
        ConnectionsViewModel vm = new ConnectionsViewModel(new AppState(), tasks, new ProfileBook(new ProfileStore(home)),
                new ConnectionSession());
        tasks.runAll();
        vm.mysql.sshHost.set("bastion");
        vm.mysql.sshPort.set("twenty-two");
        vm.connect();
        assertEquals("SSH port must be a number, not 'twenty-two'.", vm.mysql.result.get());
        assertTrue(vm.mysql.failed.get());
        assertFalse(vm.aws.failed.get());
        assertEquals("", vm.aws.result.get());
    }
}
