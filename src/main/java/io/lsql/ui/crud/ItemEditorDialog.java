package io.lsql.ui.crud;

import atlantafx.base.theme.Styles;
import io.lsql.core.LsqlException;
import io.lsql.core.crud.ItemType;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The item editor of Insert and Update: the row's columns, or the typed item and its raw DynamoDB JSON. */
final class ItemEditorDialog extends Dialog<CrudEdit> {

    ItemEditorDialog(ItemEditorViewModel vm, String title) {
        setTitle(title);
        setHeaderText(vm.rowMode ? "The row's columns (empty = NULL); the item is what the migration's mapping makes of the row."
                : "The item, typed as the design writes each attribute (empty = left out).");
        Label problem = new Label();
        problem.setId("editor-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (vm.rowMode) {
            tabs.getTabs().add(new Tab("Columns (MySQL)", scroll(columns(vm))));
        } else {
            Tab raw = new Tab("DynamoDB JSON", rawArea(vm));
            tabs.getTabs().addAll(new Tab("Typed", scroll(attributes(vm))), raw);
            vm.raw.bind(tabs.getSelectionModel().selectedItemProperty().isEqualTo(raw));
        }
        getDialogPane().setContent(new VBox(8, tabs, problem));
        getDialogPane().setPrefSize(620, 520);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("editor-ok");
        CrudEdit[] edit = new CrudEdit[1];
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                edit[0] = vm.edit();
            } catch (LsqlException error) {
                problem.setText(error.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? edit[0] : null);
    }

    private static GridPane columns(ItemEditorViewModel vm) {
        GridPane grid = grid();
        int row = 0;
        for (ItemEditorViewModel.ColumnField field : vm.columns) {
            TextField text = new TextField();
            text.setId("editor-column-" + field.column());
            text.setPromptText(field.type());
            text.textProperty().bindBidirectional(field.text());
            grid.addRow(row++, new Label(field.column() + " (" + field.type() + ")"), text);
        }
        return grid;
    }

    private static GridPane attributes(ItemEditorViewModel vm) {
        GridPane grid = grid();
        int row = 0;
        for (ItemEditorViewModel.AttributeField field : vm.attributes) {
            TextField text = new TextField();
            text.setId("editor-attribute-" + field.attribute());
            text.setPromptText(prompt(field.type()));
            text.textProperty().bindBidirectional(field.text());
            grid.addRow(row++, new Label(field.label()), text);
        }
        return grid;
    }

    private static TextArea rawArea(ItemEditorViewModel vm) {
        TextArea raw = new TextArea();
        raw.setId("editor-raw");
        raw.getStyleClass().add("monospace");
        raw.textProperty().bindBidirectional(vm.rawJson);
        return raw;
    }

    private static String prompt(ItemType type) {
        return switch (type) {
            case S -> "text";
            case N -> "number, at most 38 digits";
            case B -> "base64";
            case BOOL -> "true or false";
            case NULL -> "any text sets NULL";
            case M -> "JSON object {\"a\": 1}";
            case L -> "JSON array [1, \"a\"]";
            case SS, NS, BS -> "JSON array of members";
        };
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    private static ScrollPane scroll(GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
