package io.lsql.ui.wizard;

import io.lsql.core.run.TargetDryRun;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.function.Function;

/** Page 6: the dry run's exact counts, rejects by reason and the write cost of both load modes. */
final class DryRunPage extends VBox {

    DryRunPage(DryRunViewModel vm) {
        super(10);
        Button run = new Button("Run dry run");
        run.setId("dry-run-start");
        run.disableProperty().bind(vm.running);
        run.setOnAction(e -> vm.run());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.running);
        run.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label summary = new Label();
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setId("dry-run-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summary);
        TableView<TargetDryRun> table = new TableView<>(vm.targets);
        table.setId("dry-run-table");
        table.getColumns().add(column("target", TargetDryRun::table));
        table.getColumns().add(column("rows", t -> String.format(Locale.ROOT, "%,d", t.rows())));
        table.getColumns().add(column("items", t -> String.format(Locale.ROOT, "%,d", t.items())));
        table.getColumns().add(column("rejects", t -> t.error() != null ? "error" : String.format(Locale.ROOT, "%,d", t.rejected())));
        table.getColumns().add(column("duplicate keys", t -> String.format(Locale.ROOT, "%,d", t.duplicates().keys())));
        table.getColumns().add(column("item p95 / max", t -> t.sizes().p95() + " / " + t.sizes().max() + " B"));
        table.getColumns().add(column("BatchWriteItem", t -> String.format(Locale.ROOT, "%,d WRU  $%.4f",
                t.cost().tableWrites() + t.cost().indexWrites(), t.cost().batchWriteUsd())));
        table.getColumns().add(column("ImportTable", t -> String.format(Locale.ROOT, "%.6f GB  $%.4f", t.cost().importGb(),
                t.cost().importUsd())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextArea details = new TextArea();
        details.setId("dry-run-details");
        details.setEditable(false);
        details.setStyle("-fx-font-family: monospace;");
        details.textProperty().bind(vm.details);
        details.setPrefRowCount(8);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new HBox(10, run, busy, summary), table, new Label("Rejects with example keys, per target"), details);
    }

    private static TableColumn<TargetDryRun, String> column(String title, Function<TargetDryRun, String> value) {
        TableColumn<TargetDryRun, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
