package io.lsql;

import io.lsql.cli.LsqlCommand;

/** The jar's entry point: a plain class (not a JavaFX Application) that hands over to the CLI. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(LsqlCommand.run(args));
    }
}
