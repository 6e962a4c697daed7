package io.lsql.ui.wizard;

import java.util.Optional;
import java.util.prefs.Preferences;

/** The stage of the last run the wizard started, kept in the user's preferences: where the next start looks for it. */
final class LastStage {

    private static final String KEY = "wizard.lastStage";
    private final Preferences preferences;

    LastStage(Preferences preferences) {
        this.preferences = preferences;
    }

    Optional<String> get() {
        return Optional.ofNullable(preferences.get(KEY, null));
    }

    void remember(String stageUri) {
        preferences.put(KEY, stageUri);
    }

    void forget() {
        preferences.remove(KEY);
    }
}
