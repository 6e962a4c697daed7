package io.lsql.ui.patterns;

import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
import io.lsql.core.sample.SqlScript;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.FxThreadWatchdog;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Patterns pane in a (headless) window on the sandbox: Ctrl+7, harvest app_db's patterns, reweight one in the table,
 * Propose, Use in Migrate, and the browser's line for Orders. With {@code -Dlsql.screenshots=DIR} it writes patterns.png
 * and patterns-proposal.png.
 */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class PatternsUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = UiWorkbench.show(stage, Files.createTempDirectory("lsql-patterns-ui"), "lsql-patterns-ui");
    }

    @Test
    void harvestReweightProposeAndUseTheBestCandidateInMigrate(FxRobot robot) throws Exception {
        runTheSampleQueries(3);
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        assertTrue(robot.lookup("#nav-patterns").queryAs(ToggleButton.class).isSelected(), "Ctrl+7 opens the Patterns pane");
        @SuppressWarnings("unchecked")
        TableView<AccessPattern> table = robot.lookup("#patterns-table").queryAs(TableView.class);
        FxThreadWatchdog watchdog = FxThreadWatchdog.start();
        try (watchdog) {
            watchdog.phase("harvest");
            robot.clickOn("#patterns-harvest");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !workbench.patterns().busy.get() && !table.getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(text(robot, "#patterns-message").startsWith("Harvested " + table.getItems().size() + " pattern(s) from app_db"),
                    text(robot, "#patterns-message"));

            watchdog.phase("reweight");
            String id = table.getItems().get(0).id();
            TableColumn<AccessPattern, ?> weight = table.getColumns().stream().filter(c -> c.getText().equals("weight")).findFirst()
                    .orElseThrow();
            robot.interact(() -> {
                table.getSelectionModel().select(0);
                table.edit(0, weight);
            });
            robot.write("5").type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(5.0, workbench.patterns().patterns.get().patterns().get(0).weight());
            assertEquals(id + " now weighs 5.", text(robot, "#patterns-message"));
            assertEquals("5", weight.getCellData(0));
            shot(robot, "patterns");

            watchdog.phase("propose");
            robot.clickOn("#proposal-propose");
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !workbench.proposal().busy.get()
                    && workbench.state().proposalProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            TableView<?> operations = robot.lookup("#proposal-table").queryAs(TableView.class);
            assertEquals(table.getItems().size(), operations.getItems().size(), text(robot, "#proposal-message"));
            assertEquals(3, robot.lookup("#proposal-candidates").queryAs(ListView.class).getItems().size());
            String best = workbench.state().proposalProperty().get().best().candidate().id();
            assertTrue(text(robot, "#proposal-message").startsWith("Proposed " + best + " ("), text(robot, "#proposal-message"));
            int served = workbench.proposal().operations.stream().map(OperationRow::service).toList()
                    .indexOf(OperationKind.Service.SERVED);
            assertTrue(served >= 0, "app_db's best candidate serves some pattern with a Query or GetItem");
            robot.interact(() -> {
                operations.scrollTo(served);
                operations.getSelectionModel().select(served);
            });
            shot(robot, "patterns-proposal");

            watchdog.phase("use in Migrate");
            robot.clickOn("#proposal-use");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-migrate").queryAs(ToggleButton.class).isSelected());
            assertEquals(workbench.state().proposalProperty().get().best().candidate().targets().stream().map(t -> t.table()).toList(),
                    workbench.wizard().plan.get().targets().stream().map(t -> t.table()).toList());

            watchdog.phase("the browser's line");
            robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
            robot.interact(() -> workbench.browser().select("Orders"));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(text(robot, "#design-proposal").startsWith("Proposal " + best + " ("), text(robot, "#design-proposal"));
            watchdog.awaitAnswered(10, 10_000);
        }
        assertTrue(watchdog.answered() >= 10, "the watchdog measured only " + watchdog.answered() + " pings");
        assertTrue(watchdog.blockedMillis() < 500, "the FX thread was blocked for " + watchdog.blockedMillis() + " ms during: "
                + watchdog.blockedAt());
    }

    /** The application's traffic, as the digest table will count it: every sample query {@code runs} times. */
    private static void runTheSampleQueries(int runs) throws Exception {
        try (Connection connection = Databases.connect(sandbox, "app_db"); Statement statement = connection.createStatement()) {
            for (int run = 0; run < runs; run++) {
                for (SampleQuery query : SampleQueries.all()) {
                    for (String sql : SqlScript.split(query.sql())) {
                        try (ResultSet rows = statement.executeQuery(sql)) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
            }
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        UiWorkbench.shot(robot, workbench, name);
    }
}
