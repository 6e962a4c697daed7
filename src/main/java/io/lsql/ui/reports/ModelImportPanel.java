package io.lsql.ui.reports;

import atlantafx.base.theme.Styles;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** The NoSQL Workbench tab: import a model into the plan, see its tables, keys and indexes, save the plan. */
final class ModelImportPanel extends VBox {

    ModelImportPanel(ModelImportViewModel vm) {
        super(8);
        setPadding(new Insets(8));
        Button importModel = new Button("Import NoSQL Workbench model…", Icons.of(Icons.OPEN));
        importModel.setId("reports-import-model");
        importModel.setOnAction(e -> vm.importModel());
        Button save = new Button("Save as plan…", Icons.of(Icons.SAVE));
        save.setId("reports-save-plan");
        save.disableProperty().bind(vm.imported.isNull());
        save.setOnAction(e -> vm.savePlan());
        Label message = new Label();
        message.setId("reports-model-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        HBox buttons = new HBox(8, importModel, save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        TableView<ModelImportViewModel.FoundTable> table = new TableView<>(vm.found);
        table.setId("reports-model-tables");
        table.getColumns().add(column("table", ModelImportViewModel.FoundTable::table));
        table.getColumns().add(column("from the model", t -> t.fromModel() ? "yes" : ""));
        table.getColumns().add(column("keys", ModelImportViewModel.FoundTable::keys));
        table.getColumns().add(column("global secondary indexes", ModelImportViewModel.FoundTable::indexes));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No model imported."));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("The model's tables are matched to the plan's by name; their keys, GSIs and billing replace the plan's.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        getChildren().addAll(buttons, hint, message, table);
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                ErrorDialog.show("NoSQL Workbench import", error);
            }
        });
    }

    private static TableColumn<ModelImportViewModel.FoundTable, String> column(String title,
                                                                              Function<ModelImportViewModel.FoundTable, String> value) {
        TableColumn<ModelImportViewModel.FoundTable, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
