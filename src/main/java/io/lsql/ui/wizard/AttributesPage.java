package io.lsql.ui.wizard;

import io.lsql.core.mapping.Transform;
import io.lsql.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

import java.util.function.Function;

/** Page 4: per target the column → attribute grid, and the first items as DynamoDB JSON with their sizes, keys highlighted. */
final class AttributesPage extends SplitPane {

    AttributesPage(AttributesViewModel vm) {
        TableView<AttributeRow> grid = new TableView<>(vm.rows);
        grid.setId("attributes-grid");
        grid.setEditable(true);
        grid.getColumns().add(text("column", AttributeRow::column));
        grid.getColumns().add(text("MySQL type", AttributeRow::columnType));
        TableColumn<AttributeRow, String> attribute = new TableColumn<>("attribute");
        attribute.setCellValueFactory(c -> c.getValue().attribute);
        attribute.setCellFactory(TextFieldTableCell.forTableColumn());
        attribute.setPrefWidth(150);
        TableColumn<AttributeRow, String> type = new TableColumn<>("type");
        type.setCellValueFactory(c -> c.getValue().type);
        TableColumn<AttributeRow, Transform> transform = new TableColumn<>("transform");
        transform.setCellValueFactory(c -> c.getValue().transform);
        transform.setCellFactory(c -> new TransformCell());
        transform.setPrefWidth(150);
        TableColumn<AttributeRow, Boolean> exclude = new TableColumn<>("exclude");
        exclude.setCellValueFactory(c -> c.getValue().exclude);
        exclude.setCellFactory(CheckBoxTableCell.forTableColumn(exclude));
        grid.getColumns().addAll(java.util.List.of(attribute, type, transform, exclude));
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(grid, Priority.ALWAYS);
        StyleClassedTextArea preview = preview(vm);
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(preview);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button refresh = new Button(null, Icons.of(Icons.REFRESH));
        refresh.setTooltip(new Tooltip("Read the first items again"));
        refresh.setOnAction(e -> vm.refreshPreview());
        Label keys = new Label();
        keys.setId("attributes-keys");
        keys.setWrapText(true);
        keys.textProperty().bind(vm.keys);
        Label legend = new Label("Highlighted: the table's keys, and (lighter) the keys of its indexes");
        legend.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        VBox right = new VBox(6, new HBox(8, new Label("First items as DynamoDB JSON"), refresh), keys, legend, scroll);
        getItems().addAll(TargetList.of("attributes-targets", vm.targets, vm.selected), new VBox(6, grid), right);
        setDividerPositions(0.16, 0.62);
    }

    /** The preview, read-only, with each key attribute of each item styled by its role. */
    private static StyleClassedTextArea preview(AttributesViewModel vm) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId("attributes-preview");
        area.getStyleClass().add("item-preview");
        area.setEditable(false);
        area.replaceText(vm.preview.get());
        vm.preview.addListener((o, old, text) -> {
            area.replaceText(text);
            for (PreviewKeys.Highlight h : vm.highlights) {
                area.setStyleClass(h.start(), h.end(), h.role() == PreviewKeys.Role.TABLE_KEY ? "table-key" : "index-key");
            }
        });
        return area;
    }

    private static TableColumn<AttributeRow, String> text(String title, Function<AttributeRow, String> value) {
        TableColumn<AttributeRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setEditable(false);
        return column;
    }

    /** A combo box of the transforms that fit the row's column. */
    private static final class TransformCell extends TableCell<AttributeRow, Transform> {
        @Override
        protected void updateItem(Transform item, boolean empty) {
            super.updateItem(item, empty);
            AttributeRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                setGraphic(null);
                return;
            }
            ComboBox<Transform> box = new ComboBox<>(FXCollections.observableArrayList(row.choices()));
            box.setValue(item);
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, old, chosen) -> {
                if (chosen != null) {
                    row.transform.set(chosen);
                }
            });
            setGraphic(box);
        }
    }
}
