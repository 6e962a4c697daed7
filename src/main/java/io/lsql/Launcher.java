package io.lsql;

import io.lsql.cli.LsqlCommand;
import io.lsql.ui.LsqlApp;

/**
 * The jar's entry point: a plain class (not a JavaFX Application). With no arguments it opens the
 * workbench; otherwise it runs the {@code lsql} command line.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            if (!hasDisplay()) {
                System.err.println("lsql: no display to open the workbench on; run a command instead (lsql --help).");
                System.exit(1);
            }
            LsqlApp.open(null);
            return;
        }
        System.exit(LsqlCommand.run(args));
    }

    /** On Linux a window needs an X or Wayland display; elsewhere JavaFX finds its own. */
    public static boolean hasDisplay() {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return true;
        }
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank())
                || "Monocle".equals(System.getProperty("glass.platform"));
    }
}
