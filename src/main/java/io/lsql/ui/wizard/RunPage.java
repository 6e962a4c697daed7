package io.lsql.ui.wizard;

import io.lsql.core.run.TargetState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Page 7: one row per target with state, progress, rows/s and ETA; Start, Cancel all, Cancel / Resume target, Resume. */
final class RunPage extends VBox {

    RunPage(RunViewModel vm) {
        super(10);
        Button start = new Button("Start");
        start.setId("run-start");
        start.getStyleClass().add(atlantafx.base.theme.Styles.SUCCESS);
        start.disableProperty().bind(vm.running.or(vm.started.and(vm.finished.not())));
        start.setTooltip(new javafx.scene.control.Tooltip("Run every target; after a finished run, a new run in a fresh stage"));
        start.setOnAction(e -> vm.start());
        Button cancel = new Button("Cancel all");
        cancel.setId("run-cancel");
        cancel.disableProperty().bind(vm.running.not());
        cancel.setOnAction(e -> vm.cancelAll());
        Button resume = new Button("Resume");
        resume.setId("run-resume");
        // enabled without a run started here too: a plan opened from a file may name a stage holding an unfinished run
        resume.disableProperty().bind(vm.running);
        resume.setOnAction(e -> vm.resume());
        Label message = new Label();
        message.setId("run-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        TableView<RunRow> table = new TableView<>(vm.rows);
        table.setId("run-table");
        TableColumn<RunRow, String> target = new TableColumn<>("target");
        target.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().table()));
        TableColumn<RunRow, String> state = new TableColumn<>("state");
        state.setCellValueFactory(c -> c.getValue().state.asString());
        TableColumn<RunRow, Number> progress = new TableColumn<>("progress");
        progress.setCellValueFactory(c -> c.getValue().progress);
        progress.setCellFactory(c -> new ProgressCell());
        progress.setPrefWidth(180);
        TableColumn<RunRow, String> rate = new TableColumn<>("rows/s");
        rate.setCellValueFactory(c -> c.getValue().rate);
        TableColumn<RunRow, String> eta = new TableColumn<>("ETA");
        eta.setCellValueFactory(c -> c.getValue().eta);
        TableColumn<RunRow, String> detail = new TableColumn<>("detail");
        detail.setCellValueFactory(c -> c.getValue().detail);
        table.getColumns().addAll(java.util.List.of(target, state, progress, rate, eta, detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button cancelOne = new Button("Cancel target");
        cancelOne.setId("run-cancel-target");
        cancelOne.setTooltip(new javafx.scene.control.Tooltip("Stop the selected target after its current batch; the others go on"));
        cancelOne.disableProperty().bind(vm.running.not().or(table.getSelectionModel().selectedItemProperty().isNull()));
        cancelOne.setOnAction(e -> vm.cancelTarget(table.getSelectionModel().getSelectedItem().table()));
        Button resumeOne = new Button("Resume target");
        resumeOne.setId("run-resume-target");
        resumeOne.setTooltip(new javafx.scene.control.Tooltip("Run the selected cancelled target again while the others go on"));
        resumeOne.disableProperty().bind(vm.running.not().or(selectedCancelled(table).not()));
        resumeOne.setOnAction(e -> vm.resumeTarget(table.getSelectionModel().getSelectedItem().table()));
        getChildren().addAll(new HBox(8, start, cancel, cancelOne, resumeOne, resume), message, table);
    }

    /** True while the selected row's target is CANCELLED (following the row's state as it changes). */
    private static BooleanProperty selectedCancelled(TableView<RunRow> table) {
        BooleanProperty cancelled = new SimpleBooleanProperty(false);
        ChangeListener<TargetState> follow = (o, old, now) -> cancelled.set(now == TargetState.CANCELLED);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (old != null) {
                old.state.removeListener(follow);
            }
            if (row != null) {
                row.state.addListener(follow);
            }
            cancelled.set(row != null && row.state.get() == TargetState.CANCELLED);
        });
        return cancelled;
    }

    private static final class ProgressCell extends TableCell<RunRow, Number> {
        private final ProgressBar bar = new ProgressBar();

        ProgressCell() {
            bar.setMaxWidth(Double.MAX_VALUE);
        }

        @Override
        protected void updateItem(Number value, boolean empty) {
            super.updateItem(value, empty);
            RunRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            boolean queued = row.state.get() == TargetState.QUEUED;
            bar.setProgress(queued ? 0 : value.doubleValue());
            setGraphic(bar);
        }
    }
}
