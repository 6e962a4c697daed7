package io.lsql.ui.wizard;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.run.UnfinishedRuns;
import io.lsql.core.run.UnfinishedRuns.UnfinishedRun;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The offer to finish a run left unfinished: the stage of the last run started (kept in the preferences) is looked at
 * in the background once an AWS target is set; Resume hands the run's plan to the wizard, Discard forgets the stage.
 */
public final class UnfinishedRunViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final LastStage lastStage;
    private final Consumer<UnfinishedRun> resume;
    private final Consumer<String> say;
    private final BooleanSupplier runActive;

    /** The run to offer, or null. */
    public final ObjectProperty<UnfinishedRun> offer = new SimpleObjectProperty<>();
    public final StringBinding text;

    /** {@code runActive} is true while the wizard runs a plan: its own run is not offered. */
    UnfinishedRunViewModel(AppState state, TaskRunner tasks, LastStage lastStage, Consumer<UnfinishedRun> resume,
                           Consumer<String> say, BooleanSupplier runActive) {
        this.state = state;
        this.tasks = tasks;
        this.lastStage = lastStage;
        this.resume = resume;
        this.say = say;
        this.runActive = runActive;
        text = Bindings.createStringBinding(() -> offer.get() == null ? "" : "Run " + offer.get().runId() + " in "
                + offer.get().stage() + " is unfinished (" + offer.get().done() + " of " + offer.get().total()
                + " targets done).", offer);
        state.awsProperty().addListener((o, old, aws) -> look());
    }

    /** Looks in the last run's stage, off the FX thread; an offer appears when its run is not finished. */
    public void look() {
        AwsProfile aws = state.awsProperty().get();
        String stage = lastStage.get().orElse(null);
        if (aws == null || stage == null) {
            offer.set(null);
            return;
        }
        tasks.run("Look for an unfinished run", (progress, cancel) -> UnfinishedRuns.in(stage, aws.target()),
                found -> offer.set(runActive.getAsBoolean() ? null : found.orElse(null)),
                e -> say.accept("Could not look for an unfinished run in " + stage + ": " + Errors.sentence(e)));
    }

    /** Loads the run's plan into the wizard and resumes it on the Run page. */
    public void resume() {
        UnfinishedRun run = offer.get();
        if (run != null) {
            offer.set(null);
            resume.accept(run);
        }
    }

    /** Forgets the run: no offer at the next start (its stage keeps its files). */
    public void discard() {
        UnfinishedRun run = offer.get();
        lastStage.forget();
        offer.set(null);
        if (run != null) {
            say.accept("Run " + run.runId() + " will not be offered again; its files stay in " + run.stage() + ".");
        }
    }
}
