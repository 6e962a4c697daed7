package io.lsql.ui.editor;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.schema.Schema;
import io.lsql.core.sql.ItemPreview;
import io.lsql.core.sql.JoinHints;
import io.lsql.core.sql.QueryHistory;
import io.lsql.core.sql.QuerySession;
import io.lsql.core.sql.SampleQueries;
import io.lsql.core.sql.SampleQuery;
import io.lsql.core.sql.SqlCompletion;
import io.lsql.core.sql.SqlFailure;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The SQL editor's work: run with streamed results and cancel, history, samples, hints and the bridge to DynamoDB. */
public final class SqlEditorViewModel {

    public static final int PAGE = 500;

    private final AppState state;
    private final TaskRunner tasks;
    private final QueryHistory history;
    private QuerySession session;
    private String lastSql = "";

    public final ObservableList<String> columns = FXCollections.observableArrayList();
    public final ObservableList<String[]> rows = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty("Ctrl+Enter runs the statement at the caret.");
    public final BooleanProperty running = new SimpleBooleanProperty(false);
    public final BooleanProperty more = new SimpleBooleanProperty(false);
    public final IntegerProperty cap = new SimpleIntegerProperty(10_000);
    /** [start, length] in the editor text of the last error, or null. */
    public final ObjectProperty<int[]> errorRange = new SimpleObjectProperty<>();
    public final StringProperty preview = new SimpleStringProperty("");
    public final StringProperty historyFilter = new SimpleStringProperty("");
    public final ObservableList<QueryHistory.Entry> historyEntries = FXCollections.observableArrayList();
    public final ObservableList<SampleQuery> samples = FXCollections.observableArrayList();
    /** The connection refuses every write (a read-only profile): no tab may switch writes on. */
    public final javafx.beans.binding.BooleanBinding connectionReadOnly;

    public SqlEditorViewModel(AppState state, TaskRunner tasks, QueryHistory history) {
        this.state = state;
        this.tasks = tasks;
        this.history = history;
        connectionReadOnly = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.mysqlProperty().get() != null && state.mysqlProperty().get().readOnly(), state.mysqlProperty());
        samples.setAll(SampleQueries.all());
        historyFilter.addListener((o, old, text) -> refreshHistory());
        refreshHistory();
    }

    public void refreshHistory() {
        historyEntries.setAll(history.search(historyFilter.get()));
    }

    public SqlCompletion completion() {
        Schema schema = state.schemaProperty().get();
        return schema == null ? null : new SqlCompletion(schema);
    }

    public List<JoinHints.Hint> joinHints(String statement) {
        Schema schema = state.schemaProperty().get();
        return schema == null ? List.of() : JoinHints.forStatement(schema, statement);
    }

    /** Runs {@code sql} (which starts at {@code offset} in the editor) on a read-only session. */
    public void run(String sql, int offset) {
        run(sql, offset, false);
    }

    /**
     * Runs {@code sql} (which starts at {@code offset} in the editor) and shows its first page; unless
     * {@code writes}, on a read-only session where a write is refused before it is sent.
     */
    public void run(String sql, int offset, boolean writes) {
        JdbcSource source = state.mysqlProperty().get();
        if (source == null) {
            status.set("Connect to MySQL first (Connections).");
            return;
        }
        cancel();
        errorRange.set(null);
        columns.clear();
        rows.clear();
        more.set(false);
        running.set(true);
        lastSql = sql;
        status.set("Running…");
        QuerySession opened;
        try {
            opened = QuerySession.open(source, writes);
        } catch (RuntimeException e) {
            running.set(false);
            status.set(Errors.sentence(e));
            return;
        }
        session = opened;
        tasks.run("Run SQL", (progress, cancel) -> {
            opened.execute(sql);
            return opened.fetch(PAGE);
        }, page -> {
            columns.setAll(opened.columns());
            rows.addAll(page.rows());
            more.set(page.more());
            running.set(false);
            report(opened, null);
        }, e -> {
            running.set(false);
            if (e instanceof SqlFailure failure && failure.position() >= 0) {
                errorRange.set(new int[] {offset + failure.position(), failure.length()});
            }
            status.set(Errors.sentence(e));
            history.add(new QueryHistory.Entry(Instant.now().toString(), source.database(), sql, 0, opened.elapsedSeconds(),
                    Errors.sentence(e)));
            refreshHistory();
        });
    }

    /** Reads the next page (the grid calls this when scrolled to the end), up to the cap. */
    public void fetchMore() {
        QuerySession current = session;
        if (current == null || !more.get() || running.get()) {
            return;
        }
        if (rows.size() >= cap.get()) {
            status.set(String.format(Locale.ROOT, "%,d rows shown (the cap); raise it to see more.", rows.size()));
            return;
        }
        running.set(true);
        int page = Math.min(PAGE * 4, cap.get() - rows.size());
        tasks.run("Fetch rows", (progress, cancel) -> current.fetch(page), result -> {
            rows.addAll(result.rows());
            more.set(result.more());
            running.set(false);
            status.set(String.format(Locale.ROOT, "%,d rows%s in %.2f s", rows.size(), result.more() ? "+" : "",
                    current.elapsedSeconds()));
        }, e -> {
            running.set(false);
            status.set(Errors.sentence(e));
        });
    }

    private void report(QuerySession done, String error) {
        String text = done.updateCount() >= 0
                ? String.format(Locale.ROOT, "%,d row(s) affected in %.2f s", done.updateCount(), done.elapsedSeconds())
                : String.format(Locale.ROOT, "%,d rows%s in %.2f s", rows.size(), more.get() ? "+ (scroll for more)" : "",
                done.elapsedSeconds());
        status.set(text);
        JdbcSource source = state.mysqlProperty().get();
        history.add(new QueryHistory.Entry(Instant.now().toString(), source == null ? "" : source.database(), lastSql,
                Math.max(rows.size(), done.updateCount()), done.elapsedSeconds(), error));
        refreshHistory();
    }

    /** Stops the running statement on the server. */
    public void cancel() {
        QuerySession current = session;
        if (current != null) {
            current.cancel();
            current.close();
            session = null;
            if (running.get()) {
                status.set("Cancelled.");
            }
            running.set(false);
        }
    }

    /** CREATE OR REPLACE VIEW name AS the query, then the browser shows it. */
    public void createView(String name, String sql, Consumer<String> done) {
        JdbcSource source = state.mysqlProperty().get();
        if (source == null || name == null || name.isBlank()) {
            return;
        }
        String ddl = "CREATE OR REPLACE VIEW `" + name.replace("`", "``") + "` AS " + sql;
        try {
            source.requireWritable("Create VIEW " + name);
        } catch (RuntimeException e) {
            status.set(Errors.sentence(e));
            return;
        }
        tasks.run("Create view " + name, (progress, cancel) -> {
            try (QuerySession s = QuerySession.run(source, ddl, true)) {
                return name;
            }
        }, created -> {
            status.set("View " + created + " created.");
            done.accept(created);
        }, e -> status.set(Errors.sentence(e)));
    }

    /** The first rows as DynamoDB JSON through the core mapping, with the keys the design would pick. */
    public void previewItems(String sql) {
        JdbcSource source = state.mysqlProperty().get();
        if (source == null) {
            return;
        }
        preview.set("Mapping the first rows…");
        tasks.run("Preview as DynamoDB items", (progress, cancel) -> ItemPreview.preview(source, sql, 20), result -> {
            StringBuilder text = new StringBuilder("Key: ").append(result.key()).append("\n\n");
            for (ItemPreview.Item item : result.items()) {
                text.append(item.reject() != null ? "REJECT " + item.reject() : item.json() + "   (" + item.bytes() + " bytes)")
                        .append('\n');
            }
            preview.set(text.toString());
        }, e -> preview.set(Errors.sentence(e)));
    }

    /** Hands the query to the migration (export + load + verify) into {@code table}. */
    public void migrate(String sql, String table, String load, Consumer<String> done) {
        JdbcSource source = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        if (source == null || aws == null || aws.stage() == null || aws.stage().isBlank()) {
            done.accept("Connect to MySQL and set an AWS target with a stage first (Connections).");
            return;
        }
        String stage = aws.stage().replaceAll("/+$", "") + "/" + table + "-" + System.currentTimeMillis();
        MigrationPlan plan = new MigrationPlan("QUERY", sql, table, null, null, Map.of(), List.of(), false, stage, load, 4, 64,
                false, 0, false);
        tasks.run("Migrate query into " + table, (progress, cancel) -> {
            MigrationService service = new MigrationService(source, aws.target(), progress, cancel);
            return previewKeyedPlan(service, plan, source, sql);
        }, summary -> done.accept(String.format(Locale.ROOT, "Run %s: %,d rows read, %,d items written, %,d rejected; verify %s.",
                summary.runId(), summary.rowsRead(), summary.itemsWritten(), summary.rejected(),
                summary.verify() == null ? "skipped" : summary.verify().equal() ? "EQUAL" : "DIFFERENT")),
                e -> done.accept(Errors.sentence(e)));
    }

    /** A query has no design of its own: key it as the preview does (from the tables it reads). */
    private static RunSummary previewKeyedPlan(MigrationService service, MigrationPlan plan, JdbcSource source, String sql)
            throws Exception {
        ItemPreview.Preview keys = ItemPreview.preview(source, sql, 0);
        var key = keys.design().key();
        MigrationPlan keyed = new MigrationPlan(plan.sourceKind(), plan.source(), plan.targetTable(),
                key.partitionKey().attribute() + "=" + key.partitionKey().template(),
                key.sortKey() == null ? null : key.sortKey().attribute() + "=" + key.sortKey().template(), plan.renames(),
                plan.drops(), plan.writeNulls(), plan.stage(), plan.load(), plan.workers(), plan.fileSizeMb(), plan.noGzip(),
                plan.rate(), plan.skipVerify());
        return service.migrate(keyed);
    }
}
