package io.lsql.ui.editor;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.MigrationService;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.sql.ItemPreview;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Locale;
import java.util.function.Consumer;

/** The editor's bridge to DynamoDB: a query's first rows as items, and migrating the query into a table. */
public final class QueryItemsViewModel {

    private final AppState state;
    private final TaskRunner tasks;

    public final StringProperty preview = new SimpleStringProperty("");

    public QueryItemsViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
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
    public void migrate(String sql, String table, LoadMethod load, Consumer<String> done) {
        JdbcSource source = state.mysqlProperty().get();
        AwsProfile aws = state.awsProperty().get();
        if (source == null || aws == null || aws.stage() == null || aws.stage().isBlank()) {
            done.accept("Connect to MySQL and set an AWS target with a stage first (Connections).");
            return;
        }
        String stage = aws.stage().replaceAll("/+$", "") + "/" + table + "-" + System.currentTimeMillis();
        MigrationPlan plan = MigrationPlan.of(new MigrationSource(MigrationSource.Kind.QUERY, sql), stage).withTargetTable(table)
                .withLoad(load);
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
        MigrationPlan keyed = plan.withKeys(key.partitionKey().attribute() + "=" + key.partitionKey().template(),
                key.sortKey() == null ? null : key.sortKey().attribute() + "=" + key.sortKey().template());
        return service.migrate(keyed);
    }
}
