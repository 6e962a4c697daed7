package io.lsql.ui;

import io.lsql.core.connect.ProfileStore;
import io.lsql.core.sql.QueryHistory;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;

/** The workbench as the UI tests open it: its own home, profiles, history and preferences, so tests never share state. */
public final class UiWorkbench {

    private UiWorkbench() {
    }

    /** Builds the workbench on {@code home} (profiles, sandbox folder, query history) and shows it in {@code stage}. */
    public static Workbench show(Stage stage, Path home, String name) {
        Workbench workbench = new Workbench(new ProfileStore(home), home.resolve("sandbox"),
                Preferences.userRoot().node(name + "-" + ProcessHandle.current().pid()),
                new QueryHistory(home.resolve("history.jsonl")));
        stage.setScene(workbench.scene());
        stage.show();
        return workbench;
    }

    /**
     * Saves the workbench's window as {@code <name>.png} in the folder {@code -Dlsql.screenshots} names (docs/ for the
     * README); does nothing without that property, so ordinary test runs write no file.
     */
    public static void shot(FxRobot robot, Workbench workbench, String name) throws Exception {
        String dir = System.getProperty("lsql.screenshots");
        if (dir == null) {
            return;
        }
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = workbench.scene().snapshot(null));
        BufferedImage out = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(), BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name + ".png").toFile());
    }
}
