package io.lsql.ui.connect;

import io.lsql.ui.UiWorkbench;
import io.lsql.ui.Workbench;

import io.lsql.core.sandbox.FreePort;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.IntegrationTest;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;


/** The Connections pane in a (headless) window. */
@IntegrationTest
@ExtendWith(ApplicationExtension.class)
class ConnectionsUiIT {

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
    void aFailedConnectionShowsTheReason(FxRobot robot) throws Exception {
        int port = FreePort.find();
        robot.clickOn("#nav-connections");
        robot.interact(() -> {
            robot.lookup("#mysql-host").queryAs(TextField.class).setText("127.0.0.1");
            robot.lookup("#mysql-port").queryAs(TextField.class).setText(Integer.toString(port));
        });
        robot.clickOn("#mysql-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mysql-result").queryAs(TextArea.class)
                .getText().startsWith("Cannot reach MySQL at 127.0.0.1:" + port));
    }
}
