package io.lsql.ui.editor;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import io.lsql.ui.shell.MainView;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's tabs run read-only until the user switches writes on for one, visibly; Ctrl+Enter closes completion. */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class WritesToggleUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;

    @BeforeAll
    static void sandbox(Sandbox running) throws Exception {
        sandbox = running;
        try (Connection c = Databases.connect(sandbox, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS ui_writes");
            s.execute("CREATE TABLE IF NOT EXISTS ui_writes.t (id INT PRIMARY KEY)");
            s.execute("DELETE FROM ui_writes.t");
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = UiWorkbench.show(stage, Files.createTempDirectory("lsql-writes-ui"), "lsql-writes-ui");
        workbench.useSandbox(sandbox.info());
    }

    private EditorPane editor(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.interact(() -> workbench.main().show(MainView.Pane.SQL));
        EditorPane editor = workbench.sqlView().current();
        robot.interact(() -> {
            editor.replaceText(text);
            editor.area().moveTo(text.length());
        });
        return editor;
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#sql-status").queryAs(Label.class).getText();
    }

    private static long rows() throws Exception {
        try (Connection c = Databases.connect(sandbox, ""); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ui_writes.t")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aWriteIsRefusedUntilTheTabSwitchesWritesOn(FxRobot robot) throws Exception {
        EditorPane editor = editor(robot, "INSERT INTO ui_writes.t VALUES (1)");
        ToggleButton writes = robot.lookup("#sql-writes").queryAs(ToggleButton.class);
        assertEquals("Read-only", writes.getText());
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("INSERT was not sent"));
        assertEquals(0, rows());

        robot.clickOn("#sql-writes");
        assertEquals("Writes on", writes.getText());
        assertTrue(editor.writesProperty().get());
        assertNotNull(robot.lookup("#editor-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getGraphic(), "the tab shows that it may write");
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("1 row(s) affected"));
        assertEquals(1, rows());

        robot.interact(() -> workbench.sqlView().newTab("SELECT 1", "Another"));
        assertFalse(writes.isSelected(), "a new tab starts read-only");
        assertNull(robot.lookup("#editor-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getGraphic());
    }

    @Test
    void ctrlEnterClosesTheCompletionPopup(FxRobot robot) throws Exception {
        EditorPane editor = editor(robot, "SELECT c. FROM Customers c");
        robot.clickOn(editor.area());
        robot.interact(() -> editor.area().moveTo("SELECT c.".length()));
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.completionPopup().isShowing());
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !editor.completionPopup().isShowing());
        assertFalse(editor.completionPopup().isShowing());
    }
}
