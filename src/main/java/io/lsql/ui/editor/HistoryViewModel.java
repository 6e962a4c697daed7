package io.lsql.ui.editor;

import io.lsql.core.sql.QueryHistory;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/** The editor's query history: read once in the background, filtered in memory, appended in the background. */
public final class HistoryViewModel {

    private final TaskRunner tasks;
    private final QueryHistory history;
    /** Newest first: what was read plus what ran since. */
    private final List<QueryHistory.Entry> all = new ArrayList<>();

    public final StringProperty filter = new SimpleStringProperty("");
    public final ObservableList<QueryHistory.Entry> entries = FXCollections.observableArrayList();
    public final StringProperty status = new SimpleStringProperty("");

    public HistoryViewModel(TaskRunner tasks, QueryHistory history) {
        this.tasks = tasks;
        this.history = history;
        filter.addListener((o, old, text) -> refresh());
        tasks.run("Read query history", (progress, cancel) -> history.load(), loaded -> {
            List<QueryHistory.Entry> ranMeanwhile = all.stream().filter(e -> !loaded.contains(e)).toList();
            all.clear();
            all.addAll(ranMeanwhile);
            all.addAll(loaded);
            refresh();
        }, e -> status.set(io.lsql.ui.common.Errors.sentence(e)));
    }

    /** Shows the entry at once and appends it to the file in the background. */
    public void record(QueryHistory.Entry entry) {
        all.add(0, entry);
        refresh();
        tasks.run("Save query history", (progress, cancel) -> {
            history.add(entry);
            return null;
        }, ignored -> { }, e -> status.set(io.lsql.ui.common.Errors.sentence(e)));
    }

    private void refresh() {
        entries.setAll(QueryHistory.filter(all, filter.get()));
    }
}
