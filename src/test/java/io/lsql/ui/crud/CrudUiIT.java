package io.lsql.ui.crud;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.FxThreadWatchdog;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CRUD pane in a (headless) window, driven by the robot: Customers by idx_region = North shows the same three
 * records on both sides, and the code drawer shows the AWS CLI form. With {@code -Dlsql.screenshots=DIR} it writes
 * crud.png and crud-code.png.
 */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class CrudUiIT {

    static final String PREFIX = "crudui_";
    private static Sandbox sandbox;
    private Workbench workbench;

    @BeforeAll
    static void migrate(Sandbox running) throws Exception {
        sandbox = running;
        CrudFixture.migrate(sandbox, "app_db", PREFIX, List.of("Customers"));
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = UiWorkbench.show(stage, Files.createTempDirectory("lsql-ui-home"), "lsql-ui-test");
    }

    @Test
    void customersByRegionNorthAreThreeAndThreeAndTheDrawerShowsTheAwsCli(FxRobot robot) throws Exception {
        FxThreadWatchdog watchdog = FxThreadWatchdog.start();
        try (watchdog) {
            watchdog.phase("connect to the sandbox");
            robot.interact(() -> workbench.useSandbox(sandbox.info()));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#browser-tree").tryQuery().isPresent());
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#crud-table").tryQuery().isPresent());
            watchdog.phase("open Customers");
            robot.clickOn("#crud-prefix").write(PREFIX);
            robot.clickOn("#crud-table").clickOn("Customers");
            TableView<?> rows = robot.lookup("#crud-rows").queryAs(TableView.class);
            TableView<?> items = robot.lookup("#crud-items").queryAs(TableView.class);
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !items.getItems().isEmpty());
            assertEquals("cust_id PK", ((TableColumn<?, ?>) items.getColumns().get(0)).getText());

            watchdog.phase("query idx_region North");
            robot.clickOn("#crud-operation").clickOn("Query");
            robot.clickOn("#crud-index").clickOn("idx_region");
            robot.clickOn("#crud-pk").write("North");
            robot.clickOn("#crud-run");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#crud-mysql-status").equals("MySQL: 3 rows")
                    && text(robot, "#crud-dynamo-status").startsWith("DynamoDB: Count 3,"));
            assertEquals(3, rows.getItems().size());
            assertEquals(3, items.getItems().size());
            // the grid lays its cells out a pulse after the items change, and keeps hidden spare cells: wait for the
            // shown cell of the second row, then click it (again if a layout pass moved it under the first click)
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fastCars(robot, rows) != null);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                if (rows.getSelectionModel().getSelectedIndex() != 1) {
                    TableCell<?, ?> cell = fastCars(robot, rows);
                    if (cell != null) {
                        robot.clickOn(cell);
                    }
                    WaitForAsyncUtils.waitForFxEvents();
                }
                return rows.getSelectionModel().getSelectedIndex() == 1;
            });
            assertEquals(1, rows.getSelectionModel().getSelectedIndex());
            assertTrue(items.getSelectionModel().getSelectedIndex() >= 0, "selecting a row selects its item");
            assertEquals(workbench.crud().rows.get(1).item(), items.getSelectionModel().getSelectedItem());
            shot(robot, "crud");

            robot.clickOn("Code");
            robot.clickOn("AWS CLI");
            WaitForAsyncUtils.waitForFxEvents();
            String cli = robot.lookup("#code-cli").queryAs(TextArea.class).getText();
            assertTrue(cli.startsWith("aws dynamodb query"), cli);
            assertTrue(cli.contains("idx_region"), cli);
            shot(robot, "crud-code");
            watchdog.awaitAnswered(10, 10_000);
        }
        assertTrue(watchdog.answered() >= 10, "the watchdog measured only " + watchdog.answered() + " pings");
        assertTrue(watchdog.blockedMillis() < 500, "the FX thread was blocked for " + watchdog.blockedMillis() + " ms during: "
                + watchdog.blockedAt());
    }

    @Test
    void theItemEditorRefusesA39DigitNumberInOneSentenceAndSendsNothing(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.interact(() -> workbench.main().show(io.lsql.ui.shell.MainView.Pane.CRUD));
        robot.clickOn("#crud-prefix").write(PREFIX);
        robot.clickOn("#crud-table").clickOn("Customers");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.crud().binding.get() != null);
        robot.clickOn("#crud-operation").clickOn("Insert");
        robot.clickOn("#crud-engine").clickOn("DynamoDB");
        String before = workbench.crud().dynamoStatus.get();
        robot.clickOn("#crud-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#editor-attribute-credit_rating").tryQuery().isPresent());
        robot.clickOn("#editor-attribute-cust_id").write("0200");
        // the field may be below the dialog's fold: typed into directly
        TextField rating = robot.lookup("#editor-attribute-credit_rating").queryAs(TextField.class);
        robot.interact(() -> rating.setText("1234567890123456789012345678901234567890"));
        robot.clickOn("#editor-ok");
        WaitForAsyncUtils.waitForFxEvents();
        String problem = text(robot, "#editor-problem");
        assertTrue(problem.contains("38 significant digits"), problem);
        robot.clickOn("Cancel");
        assertEquals(before, workbench.crud().dynamoStatus.get(), "nothing was sent");
    }

    /** The shown cell of the second row reading "Fast Cars", or null while the grid has not laid it out. */
    private static TableCell<?, ?> fastCars(FxRobot robot, TableView<?> rows) {
        return robot.from(rows).lookup((TableCell<?, ?> c) -> c.getIndex() == 1 && "Fast Cars".equals(c.getText())
                && c.isVisible() && c.getTableRow() != null && c.getTableRow().isVisible()).tryQueryAs(TableCell.class).orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        String text = robot.lookup(query).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }

    /** With -Dlsql.screenshots=DIR, the window as it looks now, as DIR/NAME.png. */
    private void shot(FxRobot robot, String name) throws Exception {
        UiWorkbench.shot(robot, workbench, name);
    }
}
