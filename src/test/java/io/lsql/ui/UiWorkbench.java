package io.lsql.ui;

import io.lsql.core.connect.ProfileStore;
import io.lsql.core.sql.QueryHistory;
import javafx.stage.Stage;

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
}
