package io.lsql.ui.editor;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.schema.Schema;
import io.lsql.core.sql.JoinHints;
import io.lsql.core.sql.QueryHistory;
import io.lsql.core.sql.QuerySession;
import io.lsql.core.sql.SqlCompletion;
import io.lsql.core.sql.SqlFailure;
import io.lsql.core.sql.SqlFormatter;
import io.lsql.core.sql.SqlStatements;
import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
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

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The SQL editor's work: run with streamed results and cancel, history, samples, hints and the bridge to DynamoDB. */
public final class SqlEditorViewModel {

    public static final int PAGE = 500;

    private final AppState state;
    private final TaskRunner tasks;
    /** Counts runs and cancels: a session opened in the background is kept only if nothing happened since. */
    private final AtomicLong generation = new AtomicLong();
    private QuerySession session;
    private String lastSql = "";

    public final HistoryViewModel history;
    public final QueryItemsViewModel items;
    public final ObservableList<String> columns = FXCollections.observableArrayList();
    public final ObservableList<String[]> rows = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty("Ctrl+Enter runs the statement at the caret.");
    public final BooleanProperty running = new SimpleBooleanProperty(false);
    public final BooleanProperty more = new SimpleBooleanProperty(false);
    public final IntegerProperty cap = new SimpleIntegerProperty(10_000);
    /** [start, length] in the editor text of the last error, or null. */
    public final ObjectProperty<int[]> errorRange = new SimpleObjectProperty<>();
    public final ObservableList<SampleQuery> samples = FXCollections.observableArrayList();
    /** The connection refuses every write (a read-only profile): no tab may switch writes on. */
    public final javafx.beans.binding.BooleanBinding connectionReadOnly;

    public SqlEditorViewModel(AppState state, TaskRunner tasks, QueryHistory history) {
        this.state = state;
        this.tasks = tasks;
        this.history = new HistoryViewModel(tasks, history);
        this.items = new QueryItemsViewModel(state, tasks);
        connectionReadOnly = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> state.mysqlProperty().get() != null && state.mysqlProperty().get().readOnly(), state.mysqlProperty());
        tasks.run("Read sample queries", (progress, cancel) -> SampleQueries.all(), samples::setAll, e -> status.set(Errors.sentence(e)));
    }

    public SqlCompletion completion() {
        Schema schema = state.schemaProperty().get();
        return schema == null ? null : new SqlCompletion(schema);
    }

    public List<JoinHints.Hint> joinHints(String statement) {
        Schema schema = state.schemaProperty().get();
        return schema == null ? List.of() : JoinHints.forStatement(schema, statement);
    }

    private record FirstPage(QuerySession session, QuerySession.Page page) {
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
        long run = generation.incrementAndGet();
        errorRange.set(null);
        columns.clear();
        rows.clear();
        more.set(false);
        running.set(true);
        lastSql = sql;
        status.set("Running…");
        long started = System.nanoTime();
        tasks.run("Run SQL", (progress, cancel) -> {
            QuerySession opened = QuerySession.open(source, writes);
            if (!adopt(opened, run)) {
                opened.close();
                throw new CancellationException("The statement was cancelled.");
            }
            opened.execute(sql);
            return new FirstPage(opened, opened.fetch(PAGE));
        }, first -> {
            if (run != generation.get()) {
                return;
            }
            columns.setAll(first.session().columns());
            rows.addAll(first.page().rows());
            more.set(first.page().more());
            running.set(false);
            report(first.session());
        }, e -> {
            if (run != generation.get()) {
                return;
            }
            running.set(false);
            if (e instanceof SqlFailure failure && failure.position() >= 0) {
                errorRange.set(new int[] {offset + failure.position(), failure.length()});
            }
            status.set(Errors.sentence(e));
            history.record(new QueryHistory.Entry(Instant.now().toString(), source.database(), sql, 0,
                    (System.nanoTime() - started) / 1e9, Errors.sentence(e)));
        });
    }

    private synchronized boolean adopt(QuerySession opened, long run) {
        if (run != generation.get()) {
            return false;
        }
        session = opened;
        return true;
    }

    private synchronized QuerySession current() {
        return session;
    }

    /** Reads the next page (the grid calls this when scrolled to the end), up to the cap. */
    public void fetchMore() {
        QuerySession current = current();
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

    private void report(QuerySession done) {
        String text = done.updateCount() >= 0
                ? String.format(Locale.ROOT, "%,d row(s) affected in %.2f s", done.updateCount(), done.elapsedSeconds())
                : String.format(Locale.ROOT, "%,d rows%s in %.2f s", rows.size(), more.get() ? "+ (scroll for more)" : "",
                done.elapsedSeconds());
        status.set(text);
        JdbcSource source = state.mysqlProperty().get();
        history.record(new QueryHistory.Entry(Instant.now().toString(), source == null ? "" : source.database(), lastSql,
                Math.max(rows.size(), done.updateCount()), done.elapsedSeconds(), null));
    }

    /** Stops the running statement: KILL QUERY and closing the connection happen in the background. */
    public void cancel() {
        QuerySession current;
        synchronized (this) {
            generation.incrementAndGet();
            current = session;
            session = null;
        }
        if (running.get()) {
            status.set("Cancelled.");
        }
        running.set(false);
        if (current != null) {
            tasks.run("Cancel SQL", (progress, cancel) -> {
                current.cancel();
                current.close();
                return null;
            }, ignored -> { }, e -> { });
        }
    }

    /** Reads a script in the background and hands its text over. */
    public void openFile(Path file, Consumer<String> opened) {
        tasks.run("Open " + file.getFileName(), (progress, cancel) -> Files.readString(file), opened,
                e -> status.set("Cannot open " + file + ": " + e.getMessage()));
    }

    /** Writes a script in the background; {@code saved} runs once it is on disk. */
    public void saveFile(Path file, String text, Runnable saved) {
        tasks.run("Save " + file.getFileName(), (progress, cancel) -> Files.writeString(file, text), written -> {
            status.set("Saved " + file);
            saved.run();
        }, e -> status.set("Cannot save " + file + ": " + e.getMessage()));
    }

    /** The whole script formatted statement by statement; only whitespace and keyword case change. */
    public static String formatScript(String script) {
        StringBuilder out = new StringBuilder();
        for (SqlStatements.Range r : SqlStatements.split(script)) {
            out.append(SqlFormatter.format(script.substring(r.start(), r.end()))).append(";\n\n");
        }
        return out.toString();
    }

    public static String formatStatement(String sql) {
        return SqlFormatter.format(sql);
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
}
