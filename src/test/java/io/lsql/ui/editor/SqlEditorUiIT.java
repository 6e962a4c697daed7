package io.lsql.ui.editor;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import io.lsql.ui.shell.MainView;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL editor in a headless window, against the sandbox's MariaDB. */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class SqlEditorUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = UiWorkbench.show(stage, Files.createTempDirectory("lsql-sql-ui"), "lsql-sql-ui");
        workbench.useSandbox(sandbox.info());
    }

    private EditorPane editor(FxRobot robot, String text) throws Exception {
        waitForSchema();
        robot.interact(() -> workbench.main().show(MainView.Pane.SQL));
        EditorPane editor = workbench.sqlView().current();
        robot.interact(() -> {
            editor.replaceText(text);
            editor.area().moveTo(text.length());
        });
        return editor;
    }

    private void waitForSchema() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#sql-status").queryAs(Label.class).getText();
    }

    @Test
    void typingIsHighlightedIncrementallyEvenInALongScript(FxRobot robot) throws Exception {
        EditorPane editor = editor(robot, "");
        robot.clickOn(editor.area()).write("SELECT 'x', 42 FROM t -- note");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.area().getStyleOfChar(0).contains("sql-keyword"));
        assertTrue(editor.area().getStyleOfChar(8).contains("sql-string"));
        assertTrue(editor.area().getStyleOfChar(12).contains("sql-number"));
        assertTrue(editor.area().getStyleOfChar(24).contains("sql-comment"));

        String script = "SELECT c.cust_id, 'text', 12.5 FROM Customers c WHERE c.region = 'West'; -- line\n".repeat(10_000);
        robot.interact(() -> editor.replaceText(script));
        robot.interact(() -> editor.area().insertText(script.length() / 2, "x"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor.highlighter().lastRestyledChars() < 50
                && editor.area().getLength() == script.length() + 1);
        assertTrue(editor.highlighter().lastRestyledChars() < 50, "one keystroke restyles a few characters, not 10,000 lines");
    }

    @Test
    void completionOffersColumnsAfterADotAndTablesWhileTyping(FxRobot robot) throws Exception {
        waitForSchema();
        EditorPane editor = editor(robot, "SELECT o. FROM Orders o");
        robot.interact(() -> editor.area().moveTo("SELECT o.".length()));
        robot.clickOn(editor.area());
        robot.interact(() -> editor.area().moveTo("SELECT o.".length()));
        robot.press(KeyCode.CONTROL, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.completionPopup().isShowing());
        String first = ((Label) ((CustomMenuItem) editor.completionPopup().getItems().get(0)).getContent()).getText();
        assertTrue(first.startsWith("ord_id") && first.contains("varchar(20)"), first);
        robot.interact(() -> editor.completionPopup().getItems().get(1).fire());
        assertTrue(editor.area().getText().startsWith("SELECT o.cust_id FROM Orders o"), editor.area().getText());
    }

    @Test
    void runsStreamsAndCancels(FxRobot robot) throws Exception {
        editor(robot, "SELECT seq, IF(seq % 3 = 0, NULL, '') AS maybe FROM seq_1_to_100000");
        robot.interact(() -> workbench.sql().cap.set(200_000));
        robot.clickOn("#sql-run");
        TableView<?> results = robot.lookup("#sql-results").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().size() == 500 && !workbench.sql().running.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status(robot).startsWith("500 rows+"), status(robot));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (results.getItems().size() < 100_000 && System.nanoTime() < deadline) {
            robot.interact(() -> results.scrollTo(results.getItems().size() - 1));
            Thread.sleep(20);
        }
        assertEquals(100_000, results.getItems().size(), "scrolling loads the rest, page by page");
        assertTrue(robot.lookup(".null-cell").tryQuery().isPresent(), "NULL shows distinctly from ''");

        editor(robot, "SELECT SLEEP(30)");
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#sql-cancel").queryAs(Button.class).isDisabled());
        Thread.sleep(500);
        robot.clickOn("#sql-cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).equals("Cancelled.")
                && !robot.lookup("#sql-run").queryAs(Button.class).isDisabled());
        assertFalse(workbench.sql().history.entries.isEmpty(), "runs are in the history");
    }

    @Test
    void anErrorShowsTheServerMessageAndMarksThePosition(FxRobot robot) throws Exception {
        EditorPane editor = editor(robot, "SELECT 1;\nSELECT *\nFORM Customers");
        robot.clickOn("#sql-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("MySQL error 1064"));
        assertEquals("FORM", editor.area().getSelectedText());
        assertTrue(editor.area().getStyleOfChar(editor.area().getText().indexOf("FORM")).contains("sql-error"));
    }

    @Test
    void aSampleOpensInANewTabAndPreviewsAsDynamoDbItems(FxRobot robot) throws Exception {
        waitForSchema();
        robot.interact(() -> workbench.main().show(MainView.Pane.SQL));
        TreeView<?> samples = robot.lookup("#sample-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> samples.getRoot() != null && !samples.getRoot().getChildren().isEmpty());
        robot.interact(() -> {
            TreeItem<?> first = samples.getRoot().getChildren().get(0).getChildren().get(0);
            ((TreeView<Object>) samples).getSelectionModel().select((TreeItem<Object>) first);
        });
        assertTrue(robot.lookup("#sample-hint").queryAs(Label.class).getText().contains("item collection"));
        int tabs = robot.lookup("#editor-tabs").queryAs(TabPane.class).getTabs().size();
        robot.clickOn("#sample-open");
        assertEquals(tabs + 1, robot.lookup("#editor-tabs").queryAs(TabPane.class).getTabs().size());
        EditorPane sample = workbench.sqlView().current();
        assertTrue(sample.area().getText().startsWith("-- Technique: Item collection"));
        robot.interact(() -> sample.area().moveTo(sample.area().getLength()));
        robot.clickOn("#sql-preview");
        TextArea preview = robot.lookup("#sql-preview-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> preview.getText().startsWith("Key: "));
        assertTrue(preview.getText().startsWith("Key: HASH ord_id"), preview.getText());
        assertTrue(preview.getText().contains("{\"Item\":{\"ord_id\":{\"S\":\"0001\"},\"ord_line_id\":{\"S\":\"0001\"}"), preview.getText());
    }

    @Test
    void createViewFromTheQueryAndTheBrowserShowsIt(FxRobot robot) throws Exception {
        waitForSchema();
        editor(robot, "SELECT c.cust_id, o.ord_id, o.ord_date FROM Customers c JOIN Orders o ON o.cust_id = c.cust_id");
        robot.clickOn("#sql-create-view");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        javafx.scene.control.TextField name = robot.lookup(".dialog-pane .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> name.setText("vUiCustOrders"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.isDefaultButton()).queryAs(Button.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get().table("vUiCustOrders").isPresent());
        try (Connection c = Databases.connect(sandbox, "app_db");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM vUiCustOrders")) {
            rs.next();
            assertEquals(10, rs.getInt(1));
            c.createStatement().execute("DROP VIEW vUiCustOrders");
        }
    }
}
