package io.lsql.ui.editor;

import io.lsql.core.sql.QueryHistory;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The editor's query history: read once in the background, filtered in memory, appended in the background. */
public final class HistoryViewModel {

    private final TaskRunner tasks;
    private final QueryHistory history;
    /** Newest first: what was read plus what ran since. */
    private final ObservableList<QueryHistory.Entry> all = FXCollections.observableArrayList();

    public final StringProperty filter = new SimpleStringProperty("");
    /** The entries the filter matches; a new run arrives as one insertion, not a rebuilt list. */
    public final FilteredList<QueryHistory.Entry> entries = new FilteredList<>(all);
    public final StringProperty status = new SimpleStringProperty("");

    public HistoryViewModel(TaskRunner tasks, QueryHistory history) {
        this.tasks = tasks;
        this.history = history;
        filter.addListener((o, old, text) -> refresh());
        tasks.run("Read query history", (progress, cancel) -> history.load(), loaded -> {
            Set<QueryHistory.Entry> ranMeanwhile = new HashSet<>(all);
            all.addAll(loaded.stream().filter(e -> !ranMeanwhile.contains(e)).toList());
        }, e -> status.set(Errors.sentence(e)));
    }

    /** Shows the entry at once and appends it to the file in the background. */
    public void record(QueryHistory.Entry entry) {
        all.add(0, entry);
        tasks.run("Save query history", (progress, cancel) -> {
            history.add(entry);
            return null;
        }, ignored -> { }, e -> status.set(Errors.sentence(e)));
    }

    private void refresh() {
        String needle = filter.get() == null ? "" : filter.get().toLowerCase(Locale.ROOT);
        entries.setPredicate(needle.isEmpty() ? null : e -> e.sql().toLowerCase(Locale.ROOT).contains(needle));
    }
}
