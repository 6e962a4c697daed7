package io.lsql.core.run;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.plan.Plan;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.IOException;
import java.util.Optional;

/** Finds a whole-database run a stage holds that did not finish every target: what a resume would finish. */
public final class UnfinishedRuns {

    /**
     * A run left unfinished.
     *
     * @param done  targets DONE or REJECTS (a resume skips them)
     * @param total targets in the plan the run started with
     */
    public record UnfinishedRun(String runId, String stage, Plan plan, int done, int total) {
    }

    private UnfinishedRuns() {
    }

    /** The run in the stage at {@code stageUri} when some target is not finished; empty when there is none or all finished. */
    public static Optional<UnfinishedRun> in(String stageUri, AwsTarget aws) {
        try (Stage stage = Stages.open(stageUri, aws)) {
            if (!RunStore.exists(stage)) {
                return Optional.empty();
            }
            RunStore.Snapshot snapshot = RunStore.snapshot(stage);
            int done = (int) snapshot.targets().stream().filter(t -> t.state().finished()).count();
            if (done == snapshot.targets().size()) {
                return Optional.empty();
            }
            return Optional.of(new UnfinishedRun(snapshot.runId(), stage.uri(), RunStore.startedPlan(stage), done,
                    snapshot.targets().size()));
        } catch (IOException e) {
            throw new LsqlException("Reading the run in " + stageUri + " failed: " + ErrorText.of(e) + ".", e);
        } catch (SdkException e) {
            throw AwsErrors.translate("Reading the run in " + stageUri, e);
        }
    }
}
