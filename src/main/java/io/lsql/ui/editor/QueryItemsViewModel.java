package io.lsql.ui.editor;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.sql.ItemPreview;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;


/** The editor's bridge to DynamoDB: a query's first rows as items (migrating it is the Migrate pane's). */
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
}
