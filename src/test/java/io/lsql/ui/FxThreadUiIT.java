package io.lsql.ui;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.FxThreadWatchdog;
import io.lsql.testing.IntegrationTest;
import io.lsql.testing.SlowTcpProxy;
import io.lsql.ui.editor.EditorPane;
import io.lsql.ui.shell.MainView;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FX thread does no I/O: connect, open the editor, type, search the history, run and save keep it answering. */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class FxThreadUiIT {

    private static final long MAX_BLOCK_MS = 100;
    private static Sandbox sandbox;
    private Workbench workbench;
    private Path home;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("lsql-fx-thread");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            lines.append("{\"time\":\"2026-01-01T00:00:00Z\",\"database\":\"app_db\",\"sql\":\"SELECT ").append(i)
                    .append(" FROM Customers\",\"rows\":1,\"seconds\":0.1,\"error\":null}\n");
        }
        Files.writeString(home.resolve("history.jsonl"), lines);
        workbench = UiWorkbench.show(stage, home, "lsql-fx-thread");
    }

    @Test
    void connectOpenTypeRunAndSaveNeverBlockTheFxThread(FxRobot robot) throws Exception {
        for (MainView.Pane pane : new MainView.Pane[] {MainView.Pane.SQL, MainView.Pane.BROWSER, MainView.Pane.CONNECTIONS}) {
            robot.interact(() -> workbench.main().show(pane));
        }
        Path script = home.resolve("saved.sql");
        int mariaDbPort = java.net.URI.create(sandbox.info().jdbcUrl().substring("jdbc:".length())).getPort();
        FxThreadWatchdog watchdog;
        // every connection takes 300 ms to open: one opened on the FX thread cannot hide
        try (SlowTcpProxy farAway = new SlowTcpProxy(mariaDbPort, 300); FxThreadWatchdog started = FxThreadWatchdog.start()) {
            watchdog = started;
            watchdog.phase("connect");
            robot.interact(() -> {
                setText(robot, "#mysql-host", "127.0.0.1");
                setText(robot, "#mysql-port", Integer.toString(farAway.port()));
                setText(robot, "#mysql-database", "app_db");
                setText(robot, "#mysql-user", sandbox.info().user());
                robot.lookup("#mysql-password").queryAs(TextField.class).setText("");
                workbench.state().mysqlProperty().set(null);
            });
            robot.clickOn("#mysql-connect");
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);

            watchdog.phase("open the editor");
            robot.clickOn("#nav-sql");
            EditorPane editor = workbench.sqlView().current();
            robot.interact(() -> editor.replaceText(""));
            watchdog.phase("type");
            robot.clickOn(editor.area()).write("SELECT * FROM Customers");
            watchdog.phase("run");
            robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status(robot).startsWith("10 rows"));

            watchdog.phase("search the history");
            robot.interact(() -> ((TabPane) workbench.sqlView().getItems().get(0)).getSelectionModel().select(1));
            robot.clickOn("#history-search").write("49999");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.sql().history.entries.size() == 1);

            watchdog.phase("save");
            robot.interact(() -> editor.setFile(script));
            robot.clickOn(editor.area());
            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(script));
            watchdog.awaitAnswered(50, 10_000);
        }
        assertEquals("SELECT * FROM Customers", Files.readString(script));
        assertTrue(watchdog.answered() >= 50, "the watchdog measured only " + watchdog.answered() + " pings");
        System.out.println("FX thread: " + watchdog.answered() + " pings; slowest " + watchdog.slowestMillis() + " ms ("
                + watchdog.slowestPhase() + "); longest blocked " + watchdog.blockedMillis() + " ms during: " + watchdog.blockedAt());
        assertTrue(watchdog.blockedMillis() < MAX_BLOCK_MS, "the FX thread was blocked for " + watchdog.blockedMillis()
                + " ms during: " + watchdog.blockedAt());
    }

    @Test
    void theEditorsShortcutsActOnlyInsideItsPane(FxRobot robot) throws Exception {
        Path script = home.resolve("scoped.sql");
        robot.interact(() -> workbench.main().show(MainView.Pane.SQL));
        EditorPane editor = workbench.sqlView().current();
        robot.interact(() -> {
            editor.replaceText("SELECT 1");
            editor.setFile(script);
        });
        int tabs = tabCount(robot);
        robot.clickOn("#nav-connections").clickOn("#mysql-host");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Files.exists(script), "Ctrl+S in the Connections pane saved the SQL editor's script");
        assertEquals(tabs, tabCount(robot), "Ctrl+N in the Connections pane opened an editor tab");

        robot.clickOn("#nav-sql").clickOn(editor.area());
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(script));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        assertEquals(tabs + 1, tabCount(robot));
    }

    private int tabCount(FxRobot robot) {
        return robot.from(workbench.sqlView()).lookup("#editor-tabs").queryAs(TabPane.class).getTabs().size();
    }

    private static void setText(FxRobot robot, String id, String text) {
        robot.lookup(id).queryAs(TextField.class).setText(text);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#sql-status").queryAs(Label.class).getText();
    }
}
