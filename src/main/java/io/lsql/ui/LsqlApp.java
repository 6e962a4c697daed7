package io.lsql.ui;

import io.lsql.core.connect.ProfileStore;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/**
 * The desktop workbench: the GUI's composition root. {@code lsql} with no command opens it; {@code
 * lsql sandbox} opens it connected to a sandbox it started.
 */
public final class LsqlApp extends Application {

    /** Handed over by the launcher before JavaFX creates this class (Application.launch allows no arguments object). */
    private static volatile Sandbox startedSandbox;

    private Workbench workbench;

    public static void open(Sandbox sandbox) {
        startedSandbox = sandbox;
        // a failure no task caught (an event handler on the FX thread) still reaches the log with its trace
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                org.slf4j.LoggerFactory.getLogger(LsqlApp.class).error("Uncaught on {}", thread.getName(), error));
        Application.launch(LsqlApp.class);
    }

    @Override
    public void start(Stage stage) {
        long started = System.nanoTime();
        Preferences preferences = Preferences.userNodeForPackage(LsqlApp.class);
        workbench = new Workbench(ProfileStore.inUserHome(), Sandbox.defaultDir(), preferences);
        stage.setTitle("LSQL Workbench");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(LsqlApp.class.getResourceAsStream("/icons/lsql-" + size + ".png")));
        }
        stage.setScene(workbench.scene());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setWidth(preferences.getDouble("width", Math.min(1400, screen.getWidth())));
        stage.setHeight(preferences.getDouble("height", Math.min(900, screen.getHeight())));
        stage.setX(preferences.getDouble("x", screen.getMinX() + (screen.getWidth() - stage.getWidth()) / 2));
        stage.setY(preferences.getDouble("y", screen.getMinY() + (screen.getHeight() - stage.getHeight()) / 2));
        stage.setOnCloseRequest(e -> {
            if (workbench.wizard().run.running.get() && !confirmCloseDuringRun()) {
                e.consume();
                return;
            }
            preferences.putDouble("x", stage.getX());
            preferences.putDouble("y", stage.getY());
            preferences.putDouble("width", stage.getWidth());
            preferences.putDouble("height", stage.getHeight());
        });
        stage.show();
        Sandbox sandbox = startedSandbox;
        if (sandbox != null) {
            SandboxInfo info = sandbox.info();
            workbench.useSandbox(info);
        }
        org.slf4j.LoggerFactory.getLogger(LsqlApp.class).info("LSQL Workbench {} window shown in {} ms", io.lsql.core.Version.current(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A run is active: closing cancels it between batches; the stage keeps it for Resume (lsql migrate --plan … --resume). */
    private static boolean confirmCloseDuringRun() {
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                "A migration is running. Close anyway? It stops after the current batch; Resume in the Migrate pane or "
                        + "lsql migrate --plan PLAN --resume finishes it later.",
                javafx.scene.control.ButtonType.CANCEL, javafx.scene.control.ButtonType.OK);
        ask.setHeaderText("Stop the running migration?");
        return ask.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
