package io.lsql.ui.wizard;

import io.lsql.core.run.TargetState;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Run page's flows in a (headless) window on the sandbox: the task area's Cancel stops the wizard's run, and the
 * unfinished run is offered for resume. With {@code -Dlsql.screenshots=DIR} it writes the offer as wizard-resume.png.
 */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class WizardRunUiIT {

    private static Sandbox sandbox;
    private Workbench workbench;

    @BeforeAll
    static void sandbox(Sandbox running) {
        sandbox = running;
    }

    @Start
    void start(Stage stage) throws Exception {
        workbench = UiWorkbench.show(stage, Files.createTempDirectory("lsql-wizard-run-ui"), "lsql-wizard-run-ui");
    }

    @Test
    void theTaskAreasCancelStopsTheRunAsCancelledAndTheUnfinishedRunIsOfferedForResume(FxRobot robot) throws Exception {
        toRunPage(robot, "wztask_", List.of("Customers", "Orders", "OrderLines", "Products"));
        robot.clickOn("#run-start");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".task-cancel-button").tryQuery().isPresent());
        robot.clickOn(".task-cancel-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> workbench.wizard().run.report.get() != null);
        WizardViewModel wizard = workbench.wizard();
        assertEquals(TargetState.CANCELLED, wizard.run.report.get().state(), wizard.run.report.get().markdown());
        assertEquals(WizardPage.RUN, wizard.page.get());
        // the label follows the message on the FX thread's next pulse
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WizardUiIT.text(robot, "#run-message").contains("cancelled"));
        assertTrue(wizard.run.rows.stream().anyMatch(r -> r.state.get() == TargetState.CANCELLED));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> workbench.tasks().tasks().isEmpty());

        robot.interact(() -> wizard.page.set(WizardPage.CONNECTIONS));
        robot.interact(wizard.unfinished::look);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#wizard-resume-offer").queryAs(HBox.class).isVisible());
        assertTrue(WizardUiIT.text(robot, "#wizard-resume-text").contains("targets done"), WizardUiIT.text(robot, "#wizard-resume-text"));
        WizardUiIT.shot(robot, workbench, "wizard-resume");
        robot.clickOn("#wizard-resume-run");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> wizard.page.get() == WizardPage.REPORT);
        assertEquals(TargetState.DONE, wizard.run.report.get().state(), wizard.run.report.get().markdown());
        assertFalse(robot.lookup("#wizard-resume-offer").queryAs(HBox.class).isVisible());
    }

    @Test
    void migrateThisQueryInTheSqlEditorOpensTheWizardWithTheQuerySelected(FxRobot robot) throws Exception {
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.clickOn("#nav-sql");
        robot.clickOn("#sql-migrate");
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WizardViewModel wizard = workbench.wizard();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> wizard.page.get() == WizardPage.OBJECTS
                && robot.lookup("#wizard").tryQuery().map(n -> n.getScene() != null).orElse(false));
        assertEquals(1, wizard.objects.queries.size());
        QueryRow query = wizard.objects.queries.get(0);
        assertEquals("QueryItems", query.table());
        assertEquals("SELECT * FROM Customers", query.sql());
        assertTrue(query.selected.get());
        TreeCell<?> cell = robot.lookup("#objects-tree .tree-cell").match((TreeCell<?> c) -> c.getText() != null
                && c.getText().startsWith("QueryItems")).queryAs(TreeCell.class);
        assertTrue(((CheckBox) cell.lookup(".check-box")).isSelected(), "the query is ticked in the tree");
        robot.clickOn("#objects-prefix").write("wzuiq_");
        robot.interact(() -> wizard.objects.rows.stream().filter(r -> r.name().equals("Orders")).forEach(r -> r.selected.set(true)));
        WizardUiIT.shot(robot, workbench, "wizard-2-objects");
        robot.clickOn("#wizard-next");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> wizard.page.get() == WizardPage.KEYS);
        assertTrue(wizard.plan.get().target("wzuiq_QueryItems").isPresent(), wizard.plan.get().targets().toString());
        assertEquals(List.of(), wizard.problems);
    }

    /** Connects to the sandbox and walks the wizard to the Run page with {@code tables} as targets. */
    private void toRunPage(FxRobot robot, String prefix, List<String> tables) throws Exception {
        robot.interact(() -> workbench.useSandbox(sandbox.info()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.state().schemaProperty().get() != null);
        robot.clickOn("#nav-migrate");
        WizardViewModel wizard = workbench.wizard();
        robot.interact(() -> {
            wizard.next();
            wizard.objects.tablePrefix.set(prefix);
            wizard.objects.selectAll(false);
            wizard.objects.rows.stream().filter(r -> tables.contains(r.name())).forEach(r -> r.selected.set(true));
            wizard.next();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> wizard.page.get() == WizardPage.KEYS);
        robot.interact(() -> wizard.page.set(WizardPage.RUN));
    }
}
