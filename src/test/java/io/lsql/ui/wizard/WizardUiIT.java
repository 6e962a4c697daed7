package io.lsql.ui.wizard;

import atlantafx.base.theme.Styles;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.FxThreadWatchdog;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Migrate pane in a (headless) window on the sandbox: app_db's tables and one view through every page to a run
 * that ends DONE with every target verified equal. With {@code -Dlsql.screenshots=DIR} it also writes each page as a PNG.
 */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class WizardUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;
    private Path home;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("lsql-wizard-ui");
        workbench = UiWorkbench.show(stage, home, "lsql-wizard-ui");
    }

    @Test
    void appDbTablesAndAViewThroughEveryPageToDoneVerifiedEqual(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.clickOn("#nav-migrate");
        robot.clickOn("#wizard-check");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#wizard-stage").startsWith("OK"));
        assertTrue(text(robot, "#wizard-mysql").startsWith("OK"), text(robot, "#wizard-mysql"));
        shot(robot, workbench, "wizard-1-connections");

        robot.clickOn("#wizard-next");
        robot.clickOn("#objects-none");
        robot.clickOn("#objects-prefix").write("wzui_");
        checkBox(robot, "Tables (");
        checkBox(robot, "vCustOrders");
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.wizard().page.get() == WizardPage.KEYS);
        assertEquals(6, workbench.wizard().plan.get().targets().size());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#keys-pk-template").match(Node::isVisible)
                .tryQuery().map(n -> n.getScene() != null).orElse(false));
        TextField template = robot.lookup("#keys-pk-template").match((Node n) -> n.getScene() != null).queryAs(TextField.class);
        String advised = template.getText();
        robot.clickOn(template);
        robot.interact(template::selectAll);
        robot.write("{no_such_column}");
        robot.clickOn("#wizard-next");
        assertEquals(WizardPage.KEYS, workbench.wizard().page.get(), "an invalid key override blocks Next");
        assertTrue(template.getPseudoClassStates().contains(Styles.STATE_DANGER), "the template field is marked");
        assertFalse(text(robot, "#wizard-problems").isBlank());
        robot.interact(() -> template.setText(advised));
        assertFalse(template.getPseudoClassStates().contains(Styles.STATE_DANGER));

        ListView<?> indexes = robot.lookup("#keys-indexes").queryAs(ListView.class);
        int before = indexes.getItems().size();
        robot.clickOn("#keys-gsi-name").write("x");
        robot.clickOn("#keys-gsi-pk").write("gsi_pk");
        robot.clickOn("#keys-gsi-pk-template").write("G#{no_such_column}");
        robot.clickOn("#keys-add-index");
        assertEquals(before + 1, indexes.getItems().size());
        TextField gsiName = robot.lookup("#keys-gsi-name").queryAs(TextField.class);
        assertTrue(gsiName.getPseudoClassStates().contains(Styles.STATE_DANGER), "the invalid index name is marked");
        assertTrue(robot.lookup("#keys-gsi-pk").queryAs(TextField.class).getPseudoClassStates().contains(Styles.STATE_DANGER));
        robot.clickOn("#wizard-next");
        assertEquals(WizardPage.KEYS, workbench.wizard().page.get(), "an invalid index blocks Next");
        shot(robot, workbench, "wizard-3-keys-invalid");
        robot.interact(() -> indexes.getSelectionModel().select(before));
        robot.clickOn("#keys-drop-index");
        assertEquals(before, indexes.getItems().size());
        assertFalse(gsiName.getPseudoClassStates().contains(Styles.STATE_DANGER));
        robot.interact(() -> workbench.wizard().keys.newIndex.clear());

        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#attributes-preview").tryQueryAs(StyleClassedTextArea.class)
                .map(t -> t.getText().contains("bytes")).orElse(false));
        StyleClassedTextArea preview = robot.lookup("#attributes-preview").queryAs(StyleClassedTextArea.class);
        PreviewKeys.Highlight key = workbench.wizard().attributes.highlights.get(0);
        assertEquals(PreviewKeys.Role.TABLE_KEY, key.role());
        assertTrue(preview.getStyleOfChar(key.start() + 1).contains("table-key"), "the table's key attribute is highlighted");
        shot(robot, workbench, "wizard-4-attributes");
        robot.clickOn("#wizard-next");
        shot(robot, workbench, "wizard-5-load");
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dry-run-start").tryQuery().isPresent());
        robot.clickOn("#dry-run-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text(robot, "#dry-run-summary").contains("would load cleanly"));
        shot(robot, workbench, "wizard-6-dry-run");

        Path file = home.resolve("app_db.plan.json");
        robot.interact(() -> workbench.wizard().save(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(workbench.wizard().file.get()));
        assertArrayEquals(PlanFiles.bytes(workbench.wizard().plan.get()), Files.readAllBytes(file));

        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#run-start").tryQuery().isPresent());
        FxThreadWatchdog watchdog = FxThreadWatchdog.start();
        try (watchdog) {
            robot.clickOn("#run-start");
            robot.clickOn("#nav-browser").clickOn("#nav-migrate");
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> workbench.wizard().page.get() == WizardPage.REPORT);
        }
        assertTrue(watchdog.blockedMillis() < 500, "the FX thread was blocked for " + watchdog.blockedMillis() + " ms during the run");
        RunReport report = workbench.wizard().run.report.get();
        assertEquals(TargetState.DONE, report.state(), report.markdown());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#report-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#report-table").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        for (RunReport.Line line : report.targets()) {
            assertEquals(Boolean.TRUE, line.verified(), line.toString());
            assertEquals(line.rows(), line.items(), line.toString());
        }
        assertTrue(text(robot, "#report-summary").contains("DONE"));
        robot.clickOn("#report-open-stage");
        assertTrue(text(robot, "#report-message").startsWith("Copied s3://"), "an S3 stage goes to the clipboard");
        shot(robot, workbench, "wizard-8-report");
        robot.clickOn("#wizard-back");
        shot(robot, workbench, "wizard-7-run");
    }

    private static void checkBox(FxRobot robot, String label) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell(robot, label) != null);
        robot.clickOn(cell(robot, label).lookup(".check-box"));
    }

    private static TreeCell<?> cell(FxRobot robot, String label) {
        return robot.lookup("#objects-tree .tree-cell").match((TreeCell<?> c) -> c.getText() != null && c.getText().startsWith(label))
                .tryQueryAs(TreeCell.class).orElse(null);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** With -Dlsql.screenshots=DIR, the window as it looks now, as DIR/NAME.png. */
    static void shot(FxRobot robot, Workbench workbench, String name) throws Exception {
        UiWorkbench.shot(robot, workbench, name);
    }
}
