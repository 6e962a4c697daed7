package io.lsql.ui.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.report.ReportFormat;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.FxThreadWatchdog;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Reports pane in a (headless) window on the sandbox: open it, build app_db's report, see the preview and the
 * sections, export JSON through the ViewModel's file answer. With {@code -Dlsql.screenshots=DIR} it writes reports.png.
 */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class ReportsUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;
    private Path home;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("lsql-reports-ui");
        workbench = UiWorkbench.show(stage, home, "lsql-reports-ui");
    }

    @Test
    void buildPreviewsAppDbAndExportsJsonWithoutBlockingTheFxThread(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertTrue(robot.lookup("#nav-reports").queryAs(ToggleButton.class).isSelected(), "Ctrl+6 opens the Reports pane");
        assertTrue(robot.lookup("#reports").tryQuery().map(n -> n.getScene() != null).orElse(false));
        assertTrue(robot.lookup("#reports-export-json").queryAs(Button.class).isDisabled(), "no export before a report");
        FxThreadWatchdog watchdog = FxThreadWatchdog.start();
        try (watchdog) {
            robot.clickOn("#reports-build");
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> workbench.reports().report.get() != null
                    || workbench.reports().failure.get() != null);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(watchdog.blockedMillis() < 500, "the FX thread was blocked for " + watchdog.blockedMillis() + " ms at "
                + watchdog.blockedAt());
        String preview = robot.lookup("#reports-preview").queryAs(TextArea.class).getText();
        assertTrue(preview.contains("\n## Customers\n"), text(robot, "#reports-message"));
        assertTrue(text(robot, "#reports-message").startsWith("Built the report of "), text(robot, "#reports-message"));
        @SuppressWarnings("unchecked")
        TreeView<ReportSection> sections = robot.lookup("#reports-sections").queryAs(TreeView.class);
        assertEquals(7, sections.getRoot().getChildren().size());
        robot.interact(() -> {
            sections.getRoot().getChildren().get(3).setExpanded(true);
            sections.getSelectionModel().select(sections.getRoot().getChildren().get(3).getChildren().get(0));
        });
        assertTrue(robot.lookup("#reports-preview").queryAs(TextArea.class).getSelectedText().startsWith("## "), "the preview jumps to it");
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(workbench.reports().unavailable.containsKey(format),
                    robot.lookup("#reports-export-" + format.id()).queryAs(Button.class).isDisabled(), format.id());
        }
        shot(robot, "reports");
        robot.clickOn("Cost");
        robot.interact(() -> workbench.reports().cost.readsPerSecond.set("50"));
        robot.interact(() -> workbench.reports().cost.writesPerSecond.set("5"));
        robot.clickOn("#reports-recompute");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> workbench.reports().report.get().cost().rates().writesPerSecond() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#reports-prices").startsWith("Prices: us-east-1 list prices as of 2024-11-01"), text(robot, "#reports-prices"));
        shot(robot, "reports-cost");
        robot.clickOn("Preview");

        Path json = home.resolve("exported.json");
        ReportsViewModelIT.Files4Test files = new ReportsViewModelIT.Files4Test(home);
        files.export = json;
        robot.interact(() -> workbench.reports().files.set(files));
        robot.clickOn("#reports-export-json");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#reports-message").startsWith("Wrote"));
        assertEquals("Wrote " + json + ".", text(robot, "#reports-message"));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("app_db", report.path("header").path("database").asText());
        assertFalse(report.path("targets").isEmpty());
    }

    private static String text(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : ((javafx.scene.control.TextInputControl) node).getText();
    }

    private void shot(FxRobot robot, String name) throws Exception {
        UiWorkbench.shot(robot, workbench, name);
    }
}
