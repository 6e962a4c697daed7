package io.lsql.ui.wizard;

import atlantafx.base.theme.Styles;
import io.lsql.core.plan.ExistingTablePolicy;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.WriteCondition;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Page 5: per target the load mode, existing-table policy and write condition; for the run workers, rate cap and verify. */
final class LoadPage extends SplitPane {

    LoadPage(LoadViewModel vm) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        ComboBox<LoadMode> load = combo("load-mode", LoadMode.values());
        load.valueProperty().bindBidirectional(vm.loadMode);
        ComboBox<ExistingTablePolicy> ifExists = combo("load-if-exists", ExistingTablePolicy.values());
        ifExists.valueProperty().bindBidirectional(vm.ifExists);
        ComboBox<WriteCondition> condition = combo("load-condition", WriteCondition.values());
        condition.valueProperty().bindBidirectional(vm.writeCondition);
        Spinner<Integer> workers = new Spinner<>(1, 64, vm.workers.get());
        workers.setId("load-workers");
        workers.getValueFactory().valueProperty().addListener((o, old, v) -> vm.workers.set(v));
        vm.workers.addListener((o, old, v) -> workers.getValueFactory().setValue(v.intValue()));
        Spinner<Integer> rate = new Spinner<>(0, 1_000_000, vm.rate.get(), 100);
        rate.setId("load-rate");
        rate.setEditable(true);
        rate.getValueFactory().valueProperty().addListener((o, old, v) -> vm.rate.set(v));
        vm.rate.addListener((o, old, v) -> rate.getValueFactory().setValue(v.intValue()));
        CheckBox verify = new CheckBox("Verify");
        verify.setId("load-verify");
        verify.selectedProperty().bindBidirectional(vm.verify);
        int row = 0;
        grid.add(title("This target"), 0, row++, 3, 1);
        row = line(grid, row, "Load", load, LoadViewModel.LOAD_HELP);
        row = line(grid, row, "If the table exists", ifExists, LoadViewModel.IF_EXISTS_HELP);
        row = line(grid, row, "Write condition", condition, LoadViewModel.CONDITION_HELP);
        grid.add(title("Every target"), 0, row++, 3, 1);
        row = line(grid, row, "Workers", workers, LoadViewModel.WORKERS_HELP);
        row = line(grid, row, "Rate cap (items/s)", rate, LoadViewModel.RATE_HELP);
        line(grid, row, "", verify, LoadViewModel.VERIFY_HELP);
        VBox box = new VBox(grid);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 10));
        getItems().addAll(TargetList.of("load-targets", vm.targets, vm.selected), box);
        setDividerPositions(0.22);
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(String id, T... values) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        return box;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static int line(GridPane grid, int row, String name, javafx.scene.Node control, String help) {
        Label explain = new Label(help);
        explain.setWrapText(true);
        explain.setMaxWidth(520);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        grid.addRow(row, new Label(name), control, explain);
        return row + 1;
    }
}
