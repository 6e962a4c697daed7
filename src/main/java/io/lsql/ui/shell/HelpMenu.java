package io.lsql.ui.shell;

import atlantafx.base.theme.Styles;
import io.lsql.core.LsqlException;
import io.lsql.core.log.LogFiles;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.Icons;
import io.lsql.ui.common.TaskRunner;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Help: open the log folder (to send the log with a report) and About. */
final class HelpMenu {

    private HelpMenu() {
    }

    static MenuButton create(TaskRunner tasks) {
        MenuItem logs = new MenuItem("Open log folder", Icons.of(Icons.OPEN));
        logs.setId("open-log-folder");
        logs.setOnAction(e -> tasks.run("Opening the log folder", (progress, cancel) -> open(LogFiles.dir()),
                dir -> { }, error -> ErrorDialog.show("Open log folder", error)));
        MenuItem about = new MenuItem("About LSQL Workbench", Icons.of(Icons.ABOUT));
        about.setId("about");
        about.setOnAction(e -> AboutDialog.show());
        MenuButton help = new MenuButton(null, Icons.of(Icons.HELP), logs, about);
        help.setId("help-menu");
        help.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        help.setTooltip(new Tooltip("Help: the log folder (" + LogFiles.dir() + "), About"));
        return help;
    }

    /** Shows the folder in the desktop's file manager. */
    private static Path open(Path dir) {
        try {
            Files.createDirectories(dir);
            new ProcessBuilder(opener(dir)).inheritIO().start();
            return dir;
        } catch (IOException e) {
            throw new LsqlException("Cannot open the log folder " + dir + " (" + e.getMessage() + "); open it in your file manager.", e);
        }
    }

    private static List<String> opener(Path dir) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return List.of("explorer.exe", dir.toString());
        }
        return List.of(os.contains("mac") ? "open" : "xdg-open", dir.toString());
    }
}
