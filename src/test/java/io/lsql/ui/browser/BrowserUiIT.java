package io.lsql.ui.browser;

import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.FxThreadWatchdog;
import io.lsql.testing.IntegrationTest;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The browser in a (headless) window: what the user sees, driven by the robot. */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class BrowserUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = UiWorkbench.show(stage, Files.createTempDirectory("lsql-ui-home"), "lsql-ui-test");
    }

    @Test
    void browseOrderLinesSeeItsKeysAndCreateItInDynamoDb(FxRobot robot) throws Exception {
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            if (dynamo.listTables().tableNames().contains("OrderLines")) {
                dynamo.deleteTable(b -> b.tableName("OrderLines"));
            }
        }
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        // the browser pane is built when the connection is up; on a loaded machine that takes a moment
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#browser-tree").tryQuery().isPresent());
        TreeView<?> tree = robot.lookup("#browser-tree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tableItem(tree, "OrderLines") != null);
        // cells are laid out on a later pulse than the items appear, and the tree keeps hidden spare cells: click the
        // shown OrderLines cell (again if a layout pass moved it under the first click) until it is selected
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            if (tree.getSelectionModel().getSelectedItem() != tableItem(tree, "OrderLines")) {
                robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.isVisible() && c.getText() != null
                        && c.getText().startsWith("OrderLines")).tryQueryAs(TreeCell.class).ifPresent(c -> robot.clickOn(c));
                WaitForAsyncUtils.waitForFxEvents();
            }
            return tree.getSelectionModel().getSelectedItem() == tableItem(tree, "OrderLines");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "HASH ord_id (S)".equals(text(robot, "#design-pk")));
        assertEquals("RANGE ord_line_id (S)", text(robot, "#design-sk"));
        robot.clickOn("#design-create");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#design-create-result").queryAs(TextArea.class)
                .getText().startsWith("OrderLines ACTIVE"));
        assertTrue(robot.lookup("#design-create-result").queryAs(TextArea.class).getText().contains("idx_prod_price ACTIVE"));
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            assertEquals("ACTIVE", dynamo.describeTable(b -> b.tableName("OrderLines")).table().tableStatusAsString());
            dynamo.deleteTable(b -> b.tableName("OrderLines"));
        }
    }

    @Test
    void aSchemaOf500TablesLoadsInTheBackground(FxRobot robot) throws Exception {
        try (Connection connection = Databases.connect(sandbox, ""); Statement s = connection.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS wide500");
            s.execute("CREATE DATABASE wide500");
            for (int i = 0; i < 500; i++) {
                s.addBatch("CREATE TABLE wide500.t" + i + " (id INT PRIMARY KEY, name VARCHAR(40), parent INT, KEY idx_name (name))");
            }
            s.executeBatch();
        }
        FxThreadWatchdog watchdog = FxThreadWatchdog.start();
        try (watchdog) {
            robot.interact(() -> workbench.state().mysqlProperty().set(Databases.source(sandbox, "wide500")));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                TreeView<?> tree = robot.lookup("#browser-tree").tryQueryAs(TreeView.class).orElse(null);
                return tree != null && tree.getRoot() != null && !tree.getRoot().getChildren().isEmpty()
                        && "Tables (500)".equals(tree.getRoot().getChildren().get(0).getValue());
            });
            // a fast load leaves few pings: keep measuring the thread around it so the figure means something
            watchdog.awaitAnswered(10, 10_000);
        }
        assertTrue(watchdog.answered() >= 10, "the watchdog measured only " + watchdog.answered() + " pings");
        // blocked, not busy: on a shared 2-core machine building the tree's 500 cells lasts as long as the CPU lets it
        assertTrue(watchdog.blockedMillis() < 500, "the FX thread was blocked for " + watchdog.blockedMillis()
                + " ms while the schema was read, during: " + watchdog.blockedAt());
        assertTrue(text(robot, "#browser-message").startsWith("500 tables and views in wide500"));
    }

    private static TreeItem<?> tableItem(TreeView<?> tree, String name) {
        if (tree.getRoot() == null) {
            return null;
        }
        for (TreeItem<?> folder : tree.getRoot().getChildren()) {
            for (TreeItem<?> item : folder.getChildren()) {
                if (String.valueOf(item.getValue()).startsWith(name + " ")) {
                    return item;
                }
            }
        }
        return null;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

}
