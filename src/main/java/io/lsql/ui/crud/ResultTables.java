package io.lsql.ui.crud;

import io.lsql.core.crud.CrudBinding;
import io.lsql.core.crud.CrudRow;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.ItemEditor;
import io.lsql.core.crud.ItemValue;
import io.lsql.core.crud.KeyRole;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The two grids of the pane, their columns built from the binding: MySQL columns on the left, item attributes on the right. */
final class ResultTables {

    private ResultTables() {
    }

    /** One column per MySQL column; the DynamoDB key's columns are marked with a key sign. */
    static void rowColumns(TableView<CrudRow> table, CrudBinding binding) {
        table.getColumns().clear();
        for (String column : binding.columns()) {
            String header = column + (binding.rowKeyColumns().contains(column) ? " (key)" : "");
            TableColumn<CrudRow, String> tc = new TableColumn<>(header);
            tc.setCellValueFactory(c -> new ReadOnlyStringWrapper(text(c.getValue().values().get(column))));
            tc.setPrefWidth(width(header));
            table.getColumns().add(tc);
        }
    }

    /** One column per attribute of the design, the table key first and marked PK / SK in the header. */
    static void itemColumns(TableView<Item> table, CrudBinding binding) {
        table.getColumns().clear();
        for (ItemEditor.Field field : ItemEditor.of(binding).fields()) {
            String mark = field.role() == KeyRole.PARTITION ? " PK" : field.role() == KeyRole.SORT ? " SK" : "";
            TableColumn<Item, String> tc = new TableColumn<>(field.attribute() + mark);
            tc.setId("item-col-" + field.attribute());
            tc.setPrefWidth(width(tc.getText()));
            tc.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(field.attribute()).map(ItemValue::display).orElse("")));
            table.getColumns().add(tc);
        }
    }

    /** Wide enough for the header, key marks included. */
    private static double width(String header) {
        return Math.max(80, header.length() * 9 + 28);
    }

    private static String text(String value) {
        return value == null ? "NULL" : value;
    }
}
