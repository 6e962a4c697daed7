package io.lsql.ui.reports;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file in the system's web browser. Blocking (it may start a process): call it in a task. */
final class SystemBrowser {

    private SystemBrowser() {
    }

    static void open(Path file) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new LsqlException("No system browser can be opened from here (no desktop session): export the report and open the "
                    + "file yourself.");
        }
        try {
            Desktop.getDesktop().browse(file.toUri());
        } catch (IOException | UnsupportedOperationException e) {
            throw new LsqlException("Opening the system browser failed: " + ErrorText.of(e) + ".", e);
        }
    }
}
