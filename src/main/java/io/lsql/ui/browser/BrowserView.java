package io.lsql.ui.browser;

import io.lsql.core.schema.Column;
import io.lsql.core.schema.ForeignKey;
import io.lsql.core.schema.Index;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

import java.util.stream.Collectors;

/** Schema tree, table detail with its diagram, and the suggested DynamoDB design side by side. */
public final class BrowserView extends SplitPane {

    private final BrowserViewModel vm;
    private final TreeView<String> tree = new TreeView<>();
    private final TableView<Column> columns = new TableView<>();
    private final Label detailTitle = new Label("Select a table or view");
    private final Label sizes = new Label();
    private final VBox indexes = new VBox(2);
    private final VBox foreignKeys = new VBox(2);
    private final SchemaDiagram diagram = new SchemaDiagram();

    public BrowserView(BrowserViewModel vm) {
        this.vm = vm;
        getItems().addAll(treePane(), detailPane(), designPane());
        setDividerPositions(0.2, 0.55);
        vm.schema().addListener((o, old, schema) -> rebuildTree());
        vm.filter.addListener((o, old, text) -> rebuildTree());
        vm.selected.addListener((o, old, table) -> showTable(table));
        vm.design.addListener((o, old, design) -> diagram.show(vm.schema().get(), vm.selected.get(), design));
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                io.lsql.ui.common.ErrorDialog.show("Browser", error);
            }
        });
        rebuildTree();
    }

    private VBox treePane() {
        TextField filter = new TextField();
        filter.setId("browser-filter");
        filter.setPromptText("Filter tables and columns (Ctrl+F)");
        filter.textProperty().bindBidirectional(vm.filter);
        tree.setId("browser-tree");
        tree.setShowRoot(false);
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() != null && item.getGraphic() != null && item.getParent() != null
                    && item.getParent().getParent() == tree.getRoot()) {
                vm.select(nameOf(item.getValue()));
            }
        });
        Label message = new Label();
        message.setId("browser-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.message);
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox box = new VBox(8, filter, tree, message);
        box.setPadding(new Insets(8));
        return box;
    }

    private ScrollPane detailPane() {
        detailTitle.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_3);
        columns.getColumns().add(DesignPanel.column("column", Column::name));
        columns.getColumns().add(DesignPanel.column("type", Column::columnType));
        columns.getColumns().add(DesignPanel.column("null", c -> c.nullable() ? "YES" : "NO"));
        columns.getColumns().add(DesignPanel.column("key", c -> vm.selected.get() != null
                && vm.selected.get().primaryKey().contains(c.name()) ? "PK" : ""));
        columns.getColumns().add(DesignPanel.column("default", c -> c.defaultValue() == null ? "" : c.defaultValue()));
        columns.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // name and type get the room, "null" and "key" only theirs: "smallint(5) unsigned" stays readable
        double[] widths = {110, 150, 60, 56};
        for (int i = 0; i < widths.length; i++) {
            columns.getColumns().get(i).setPrefWidth(widths[i]);
        }
        columns.setPrefHeight(230);
        VBox box = new VBox(8, detailTitle, sizes, columns, new Label("Indexes"), indexes, new Label("Foreign keys"),
                foreignKeys, new Label("Relational shape → DynamoDB shape"), diagram);
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private ScrollPane designPane() {
        ScrollPane scroll = new ScrollPane(new DesignPanel(vm));
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void rebuildTree() {
        Schema schema = vm.schema().get();
        TreeItem<String> root = new TreeItem<>(schema == null ? "" : schema.name());
        if (schema != null) {
            TreeItem<String> tables = folder("Tables");
            TreeItem<String> views = folder("Views");
            for (Table table : schema.tables()) {
                if (vm.matches(table)) {
                    (table.isView() ? views : tables).getChildren().add(tableItem(table));
                }
            }
            tables.setValue("Tables (" + tables.getChildren().size() + ")");
            views.setValue("Views (" + views.getChildren().size() + ")");
            root.getChildren().addAll(tables, views);
        }
        tree.setRoot(root);
    }

    private static TreeItem<String> folder(String name) {
        TreeItem<String> item = new TreeItem<>(name);
        item.setExpanded(true);
        return item;
    }

    /** Table children are built when first expanded, so a 500-table schema opens at once. */
    private static TreeItem<String> tableItem(Table table) {
        String rows = table.isView() ? "" : "  ~" + table.rowEstimate() + " rows";
        TreeItem<String> item = new TreeItem<>(table.name() + rows, Icons.of(table.isView() ? Icons.VIEW : Icons.TABLE));
        item.getChildren().add(new TreeItem<>("…"));
        item.expandedProperty().addListener((o, was, expanded) -> {
            if (expanded && item.getChildren().size() == 1 && "…".equals(item.getChildren().get(0).getValue())) {
                item.getChildren().setAll(children(table));
            }
        });
        return item;
    }

    private static java.util.List<TreeItem<String>> children(Table table) {
        TreeItem<String> columnsItem = new TreeItem<>("Columns");
        table.columns().forEach(c -> columnsItem.getChildren().add(leaf(c.name() + "  " + c.columnType()
                + (table.primaryKey().contains(c.name()) ? "  PK" : ""), table.primaryKey().contains(c.name()) ? Icons.KEY : Icons.COLUMN)));
        TreeItem<String> indexItem = new TreeItem<>("Indexes");
        table.indexes().forEach(i -> indexItem.getChildren().add(leaf(indexText(i), Icons.INDEX)));
        TreeItem<String> fkItem = new TreeItem<>("Foreign keys");
        table.foreignKeys().forEach(f -> fkItem.getChildren().add(leaf(fkText(f), Icons.LINK)));
        return java.util.List.of(columnsItem, indexItem, fkItem);
    }

    private static TreeItem<String> leaf(String text, Ikon icon) {
        return new TreeItem<>(text, Icons.of(icon));
    }

    private static String nameOf(String label) {
        int space = label.indexOf("  ");
        return space < 0 ? label : label.substring(0, space);
    }

    private void showTable(Table table) {
        if (table == null) {
            detailTitle.setText("Select a table or view");
            columns.getItems().clear();
            indexes.getChildren().clear();
            foreignKeys.getChildren().clear();
            sizes.setText("");
            diagram.show(null, null, null);
            return;
        }
        detailTitle.setText((table.isView() ? "View " : "Table ") + table.name());
        sizes.setText(table.isView() ? "Reads " + String.join(", ", table.view().baseTables())
                : String.format("~%,d rows, average row %,d bytes, data %,d bytes", table.rowEstimate(), table.avgRowLength(), table.dataLength()));
        columns.getItems().setAll(table.columns());
        indexes.getChildren().setAll(table.indexes().stream().map(i -> new Label(indexText(i))).toList());
        if (table.indexes().isEmpty()) {
            indexes.getChildren().add(new Label(table.primaryKey().isEmpty() ? "none" : "PRIMARY " + table.primaryKey()));
        }
        java.util.List<Label> fks = new java.util.ArrayList<>();
        table.foreignKeys().forEach(f -> fks.add(new Label("out  " + fkText(f))));
        vm.schema().get().incomingForeignKeys(table.name()).forEach(f -> fks.add(new Label("in   " + f.table() + " " + fkText(f))));
        foreignKeys.getChildren().setAll(fks.isEmpty() ? java.util.List.of(new Label("none")) : fks);
    }

    private static String indexText(Index index) {
        return (index.unique() ? "UNIQUE " : "") + (index.kind() == Index.IndexKind.BTREE ? "" : index.kind() + " ") + index.name()
                + " (" + index.columns().stream().map(c -> (c.column() == null ? c.expression() : c.column())
                + (c.prefixLength() == null ? "" : "(" + c.prefixLength() + ")")).collect(Collectors.joining(", ")) + ")";
    }

    private static String fkText(ForeignKey fk) {
        return fk.name() + ": " + fk.columns() + " → " + fk.referencedTable() + fk.referencedColumns();
    }
}
