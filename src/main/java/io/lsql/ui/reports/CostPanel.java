package io.lsql.ui.reports;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The Cost tab: traffic inputs, the figures per target under headers naming the prices' region and date, totals and the price source. */
final class CostPanel extends VBox {

    CostPanel(CostViewModel vm) {
        super(8);
        setPadding(new Insets(8));
        TextField reads = rate("reports-reads", vm);
        reads.textProperty().bindBidirectional(vm.readsPerSecond);
        TextField writes = rate("reports-writes", vm);
        writes.textProperty().bindBidirectional(vm.writesPerSecond);
        Button recompute = new Button("Recompute");
        recompute.setId("reports-recompute");
        recompute.setTooltip(new Tooltip("Rebuild the report with this traffic, in the background (Enter in a field does the same)"));
        recompute.setOnAction(e -> vm.recompute());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problem);
        HBox inputs = new HBox(8, new Label("Reads/s per table"), reads, new Label("Writes/s per table"), writes, recompute, problem);
        inputs.setAlignment(Pos.CENTER_LEFT);
        TableView<CostViewModel.CostRow> table = new TableView<>(vm.rows);
        table.setId("reports-cost");
        table.getColumns().add(column("table", null, CostViewModel.CostRow::table));
        table.getColumns().add(column("items", null, CostViewModel.CostRow::items));
        table.getColumns().add(column("item size p50 / p95 / max", null, CostViewModel.CostRow::itemSizes));
        table.getColumns().add(column("storage / month", vm.priceTag, CostViewModel.CostRow::storage));
        table.getColumns().add(column("load: BatchWriteItem", vm.priceTag, CostViewModel.CostRow::batchWriteLoad));
        table.getColumns().add(column("load: ImportTable", vm.priceTag, CostViewModel.CostRow::importLoad));
        table.getColumns().add(column("on-demand traffic / month", vm.priceTag, CostViewModel.CostRow::onDemand));
        table.getColumns().add(column("provisioned traffic / month", vm.provisionedTag, CostViewModel.CostRow::provisioned));
        table.getColumns().get(1).setMaxWidth(80);
        table.getColumns().get(2).setMaxWidth(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("Build the report to see its cost."));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label totals = wrapping("reports-cost-totals");
        totals.textProperty().bind(vm.totals);
        Label prices = wrapping("reports-prices");
        prices.getStyleClass().add(Styles.TEXT_MUTED);
        prices.textProperty().bind(vm.prices);
        getChildren().addAll(inputs, table, totals, prices);
    }

    private static TextField rate(String id, CostViewModel vm) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.setOnAction(e -> vm.recompute());
        return field;
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    /** A column titled {@code title} and, for money figures, the prices' region and date below it. */
    private static TableColumn<CostViewModel.CostRow, String> column(String title, StringProperty tag,
                                                                     Function<CostViewModel.CostRow, String> value) {
        TableColumn<CostViewModel.CostRow, String> column = new TableColumn<>(title);
        if (tag != null) {
            column.textProperty().bind(Bindings.createStringBinding(() -> tag.get().isEmpty() ? title : title + "\n[" + tag.get() + "]", tag));
        }
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
