package io.lsql.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DynamoRules;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.RunIds;
import io.lsql.core.migrate.VerifyResult;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.Stages;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every target of a plan: at most {@code parallelTargets} at a time, the biggest first so the small
 * ones fill the other slots instead of waiting behind it. One failing target does not stop the others
 * unless {@code failFast}. The run's state lives in the stage ({@link RunStore}); the run report is written
 * beside it at the end, whatever the outcome.
 */
public final class PlanRunner {

    public static final String REPORT_JSON = "run-report.json";
    public static final String REPORT_MD = "run-report.md";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcSource source;
    private final AwsTarget aws;
    private final RunListener listener;
    private final CancellationToken cancel;
    /** Each target's own token, a child of the run's: cancelling one target leaves the others running. */
    private final Map<String, CancellationToken> targetTokens = new java.util.concurrent.ConcurrentHashMap<>();
    private final Object activeLock = new Object();
    /** The run in progress, guarded by {@link #activeLock}; null before and after. */
    private ActiveRun active;

    public PlanRunner(JdbcSource source, AwsTarget aws, RunListener listener, CancellationToken cancel) {
        this.source = source;
        this.aws = aws;
        this.listener = listener;
        this.cancel = cancel;
    }

    /**
     * Stops one target between batches (its state becomes CANCELLED; a resumed run finishes it) while the
     * others go on. A target not started yet is cancelled before it starts.
     */
    public void cancelTarget(String table) {
        targetTokens.computeIfAbsent(table, t -> cancel.child()).cancel();
    }

    /** Starts a run of {@code plan} in its (empty) stage, or with {@code resume} finishes the run the stage holds. */
    public RunReport run(Plan plan, boolean resume, boolean failFast) throws IOException {
        if (plan.stage() == null || plan.stage().isBlank()) {
            throw new LsqlException("The plan names no stage; give --stage file:///dir or s3://bucket/prefix.");
        }
        if (plan.targets().isEmpty()) {
            throw new LsqlException("The plan has no targets.");
        }
        plan.targets().forEach(t -> DynamoRules.checkCreateTable(PlanLayouts.createTable(t)));
        checkDynamoDb(plan);
        Instant started = Instant.now();
        try (Stage stage = Stages.open(plan.stage(), aws)) {
            RunStore store = resume ? RunStore.open(stage, plan) : RunStore.create(checkEmpty(stage), plan, RunIds.next());
            runTargets(plan, stage, store, failFast);
            RunReport report = RunReport.of(plan, store, source.urlWithoutSecrets(), stage.uri(), started, Instant.now());
            stage.write(REPORT_JSON, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
            stage.write(REPORT_MD, report.markdown().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return report;
        } catch (SdkException e) {
            throw AwsErrors.translate("Writing to the stage " + plan.stage(), e);
        }
    }

    private void runTargets(Plan plan, Stage stage, RunStore store, boolean failFast) {
        List<Target> order = biggestFirst(plan);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(plan.defaults().parallelTargets(), order.size()),
                daemonThreads());
        try {
            synchronized (activeLock) {
                active = new ActiveRun(plan, stage, store, failFast, pool, new ArrayDeque<>());
                for (Target target : order) {
                    submit(active, target, targetTokens.computeIfAbsent(target.table(), t -> cancel.child()));
                }
            }
            awaitTargets();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every target's task, including those {@link #resumeTarget} adds while the run goes on. */
    private void awaitTargets() {
        while (true) {
            Future<?> next;
            synchronized (activeLock) {
                next = active.pending().poll();
                if (next == null) {
                    active = null;
                    return;
                }
            }
            try {
                next.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("A target's task failed outside its own error handling", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
            }
        }
    }

    /**
     * Runs a target cancelled during this run again, into the same run (its export, load and verify go on from the
     * stage's checkpoints), while the others go on. False when no run is active, the run itself was cancelled, or the
     * target is not cancelled (a resumed run finishes it then).
     */
    public boolean resumeTarget(String table) {
        synchronized (activeLock) {
            if (active == null || cancel.isCancelled()) {
                return false;
            }
            TargetOutcome outcome = active.store().get(table);
            Target target = active.plan().target(table).orElse(null);
            if (outcome == null || target == null || outcome.state() != TargetState.CANCELLED) {
                return false;
            }
            CancellationToken token = cancel.child();
            targetTokens.put(table, token);
            active.store().put(outcome.withState(TargetState.QUEUED));
            listener.state(table, TargetState.QUEUED, null);
            submit(active, target, token);
            return true;
        }
    }

    private void submit(ActiveRun run, Target target, CancellationToken token) {
        TargetRunner runner = new TargetRunner(run.plan(), source, aws, run.stage(), run.store(), listener, token);
        run.pending().add(run.pool().submit(() -> runOne(runner, run.store(), target, run.failFast(), token)));
    }

    /** The run in progress: what {@link #resumeTarget} needs to add a target's task to it. */
    private record ActiveRun(Plan plan, Stage stage, RunStore store, boolean failFast, ExecutorService pool,
                             Deque<Future<?>> pending) {
    }

    private void runOne(TargetRunner runner, RunStore store, Target target, boolean failFast, CancellationToken token) {
        TargetOutcome before = store.get(target.table());
        if (before.state().finished()) {
            listener.state(target.table(), before.state(), null);
            return;
        }
        if (token.isCancelled()) {
            markCancelled(store, target);
            return;
        }
        try {
            runner.run(target);
        } catch (CancellationException e) {
            markCancelled(store, target);
        } catch (LsqlException | IOException | SdkException e) {
            String message = e instanceof SdkException sdk ? AwsErrors.translate("Target " + target.table(), sdk).getMessage()
                    : e instanceof LsqlException ? e.getMessage() : ErrorText.of(e) + ".";
            store.put(store.get(target.table()).withError(message));
            listener.state(target.table(), TargetState.ERROR, message);
            if (failFast) {
                cancel.cancel();
            }
        }
    }

    private void markCancelled(RunStore store, Target target) {
        store.put(store.get(target.table()).withState(TargetState.CANCELLED));
        listener.state(target.table(), TargetState.CANCELLED, null);
    }

    /** A missing region or unreachable endpoint is one sentence before any export, not an error per target after it. */
    private void checkDynamoDb(Plan plan) {
        boolean loads = plan.targets().stream().anyMatch(t -> t.loadOr(plan.defaults()) != io.lsql.core.plan.LoadMode.EXPORT_ONLY);
        if (!loads) {
            return;
        }
        try (var dynamo = aws.dynamoDbForLoad()) {
            dynamo.listTables(b -> b.limit(1));
        } catch (SdkException e) {
            throw AwsErrors.translate("Reaching DynamoDB at " + aws.describe(), e);
        }
    }

    /** Targets ordered by their sources' estimated rows, biggest first (queries count as unknown, 0). */
    private List<Target> biggestFirst(Plan plan) {
        Map<String, Long> rows = tableRows();
        List<Target> order = new ArrayList<>(plan.targets());
        order.sort(Comparator.comparingLong((Target t) -> t.sources().stream()
                .filter(s -> s.kind() != MigrationSource.Kind.QUERY)
                .mapToLong(s -> rows.getOrDefault(s.name(), 0L)).sum()).reversed());
        return order;
    }

    private Map<String, Long> tableRows() {
        Map<String, Long> rows = new HashMap<>();
        try (Connection connection = source.openReadOnly();
             PreparedStatement s = connection.prepareStatement(
                     "SELECT TABLE_NAME, COALESCE(TABLE_ROWS, 0) FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?")) {
            s.setString(1, source.database());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new LsqlException("Reading the table sizes of " + source.database() + " failed: " + ErrorText.of(e) + ".", e);
        }
        return rows;
    }

    /** A new run needs an empty stage: stale files of another run must never be imported with it. */
    private static Stage checkEmpty(Stage stage) throws IOException {
        try {
            stage.checkWritable();
        } catch (IOException e) {
            throw new LsqlException("Cannot write to the stage " + stage.uri() + ": " + ErrorText.of(e) + ".", e);
        }
        if (RunStore.exists(stage)) {
            RunStore.Snapshot other = RunStore.snapshot(stage);
            throw new LsqlException("The stage " + stage.uri() + " holds run " + other.runId()
                    + "; finish it with lsql migrate --plan PLAN --resume, or use an empty folder or prefix.");
        }
        List<String> existing = stage.list("");
        if (!existing.isEmpty()) {
            throw new LsqlException("The stage " + stage.uri() + " is not empty (" + existing.size() + " file(s), e.g. "
                    + existing.get(0) + "); use an empty folder or prefix so no stale file is imported.");
        }
        return stage;
    }

    /** What verify found, in one line: counts and the first keys of each kind of difference. */
    static String describe(VerifyResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(result.sourceItems() + " source items, " + result.targetItems() + " in DynamoDB");
        if (!result.missing().isEmpty()) {
            parts.add("missing: " + String.join("; ", result.missing()));
        }
        if (!result.extra().isEmpty()) {
            parts.add("extra: " + String.join("; ", result.extra()));
        }
        if (!result.different().isEmpty()) {
            parts.add("different: " + String.join("; ", result.different()));
        }
        if (result.note() != null) {
            parts.add(result.note());
        }
        return String.join("; ", parts);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "lsql-target-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
