package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.Target;
import io.lsql.core.stage.Stage;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a whole-database run, kept in memory and written to {@code run.json} at the stage root
 * after every change (a target's state, a source's counts), with the plan beside it in {@code plan.json}.
 * A resumed run reads both once; the sources' manifests and checkpoints hold the finer state.
 */
public final class RunStore {

    public static final String FILE = "run.json";
    public static final String PLAN_FILE = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter WRITER = JSON.writerWithDefaultPrettyPrinter();

    /** What {@code run.json} holds. */
    @JsonPropertyOrder({"runId", "planHash", "createdAt", "targets"})
    public record Snapshot(String runId, String planHash, String createdAt, List<TargetOutcome> targets) {
        public Snapshot {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }

    private final Stage stage;
    private final String runId;
    private final String planHash;
    private final String createdAt;
    private final Map<String, TargetOutcome> targets = new LinkedHashMap<>();

    private RunStore(Stage stage, Snapshot snapshot) {
        this.stage = stage;
        this.runId = snapshot.runId();
        this.planHash = snapshot.planHash();
        this.createdAt = snapshot.createdAt();
        snapshot.targets().forEach(t -> targets.put(t.table(), t));
    }

    /** A new run of {@code plan} in an empty stage: every target queued. */
    public static RunStore create(Stage stage, Plan plan, String runId) throws IOException {
        List<TargetOutcome> queued = new ArrayList<>();
        for (Target target : plan.targets()) {
            queued.add(TargetOutcome.queued(target.table(), target.loadOr(plan.defaults())));
        }
        stage.write(PLAN_FILE, PlanFiles.bytes(plan));
        RunStore store = new RunStore(stage, new Snapshot(runId, PlanFiles.hash(plan), Instant.now().toString(), queued));
        store.persist();
        return store;
    }

    /** The run in {@code stage}, refused when {@code plan} is not the plan it started with. */
    public static RunStore open(Stage stage, Plan plan) throws IOException {
        if (!stage.exists(FILE)) {
            throw new LsqlException("The stage " + stage.uri() + " holds no whole-database run (no " + FILE
                    + "); start one without --resume.");
        }
        Snapshot snapshot = snapshot(stage);
        Plan started = startedPlan(stage);
        if (!started.targets().equals(plan.targets())) {
            throw new LsqlException("The plan differs from the one run " + snapshot.runId() + " started with (kept in "
                    + stage.uri() + "/" + PLAN_FILE + "); resume with that plan, or start a new run in an empty stage.");
        }
        return new RunStore(stage, snapshot);
    }

    /** What {@code run.json} in {@code stage} says now, read once (no store kept open). */
    public static Snapshot snapshot(Stage stage) throws IOException {
        return JSON.readValue(stage.read(FILE), Snapshot.class);
    }

    /** The plan the run in {@code stage} started with ({@code plan.json}). */
    public static Plan startedPlan(Stage stage) throws IOException {
        return PlanFiles.parse(stage.read(PLAN_FILE), stage.uri() + "/" + PLAN_FILE);
    }

    /** True when the stage already holds a whole-database run. */
    public static boolean exists(Stage stage) throws IOException {
        return stage.exists(FILE);
    }

    public String runId() {
        return runId;
    }

    public String planHash() {
        return planHash;
    }

    public String createdAt() {
        return createdAt;
    }

    public synchronized TargetOutcome get(String table) {
        return targets.get(table);
    }

    public synchronized List<TargetOutcome> all() {
        return List.copyOf(targets.values());
    }

    /** Records {@code outcome} for its target and writes {@code run.json}. */
    public synchronized void put(TargetOutcome outcome) {
        targets.put(outcome.table(), outcome);
        try {
            persist();
        } catch (IOException e) {
            throw new LsqlException("Cannot write the run state to " + stage.uri() + "/" + FILE + ": " + ErrorText.of(e) + ".", e);
        }
    }

    private void persist() throws IOException {
        stage.write(FILE, WRITER.writeValueAsBytes(new Snapshot(runId, planHash, createdAt, List.copyOf(targets.values()))));
    }
}
