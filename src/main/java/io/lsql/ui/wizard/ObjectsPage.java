package io.lsql.ui.wizard;

import io.lsql.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.cell.CheckBoxTreeCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Page 2: tables and views with estimated rows, size, FK degree and badges, and queries from the SQL editor; filter; select all / none; a table name prefix. */
final class ObjectsPage extends VBox {

    private final ObjectsViewModel vm;
    private final TreeView<String> tree = new TreeView<>();

    ObjectsPage(ObjectsViewModel vm) {
        super(10);
        this.vm = vm;
        TextField filter = new TextField();
        filter.setId("objects-filter");
        filter.setPromptText("Filter by name or badge");
        filter.textProperty().bindBidirectional(vm.filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button all = new Button("Select all");
        all.setId("objects-all");
        all.setOnAction(e -> vm.selectAll(true));
        Button none = new Button("Select none");
        none.setId("objects-none");
        none.setOnAction(e -> vm.selectAll(false));
        TextField prefix = new TextField();
        prefix.setId("objects-prefix");
        prefix.setPromptText("e.g. dev_");
        prefix.setPrefColumnCount(8);
        prefix.textProperty().bindBidirectional(vm.tablePrefix);
        HBox bar = new HBox(8, filter, all, none, new Label("DynamoDB table prefix"), prefix);
        bar.setAlignment(Pos.CENTER_LEFT);
        tree.setId("objects-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(CheckBoxTreeCell.forTreeView());
        VBox.setVgrow(tree, Priority.ALWAYS);
        Label hint = new Label("Next designs the new tables with the advisor; objects planned before keep their edits.");
        getChildren().addAll(bar, tree, hint);
        vm.rows.addListener((javafx.collections.ListChangeListener<ObjectRow>) c -> rebuild());
        vm.queries.addListener((javafx.collections.ListChangeListener<QueryRow>) c -> rebuild());
        vm.filter.addListener((o, old, text) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        CheckBoxTreeItem<String> tables = folder("Tables");
        CheckBoxTreeItem<String> views = folder("Views");
        for (ObjectRow row : vm.rows) {
            if (vm.matches(row)) {
                String badges = row.badges().isEmpty() ? "" : "   [" + String.join("] [", row.badges()) + "]";
                CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(row.name() + "   " + row.summary() + badges,
                        Icons.of(row.view() ? Icons.VIEW : Icons.TABLE));
                item.setSelected(row.selected.get());
                item.selectedProperty().bindBidirectional(row.selected);
                (row.view() ? views : tables).getChildren().add(item);
            }
        }
        CheckBoxTreeItem<String> queries = folder("Queries");
        for (QueryRow query : vm.queries) {
            CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(query.table() + "   query: " + query.summary(), Icons.of(Icons.SQL));
            item.setSelected(query.selected.get());
            item.selectedProperty().bindBidirectional(query.selected);
            queries.getChildren().add(item);
        }
        tables.setValue("Tables (" + tables.getChildren().size() + ")");
        views.setValue("Views (" + views.getChildren().size() + ")");
        queries.setValue("Queries (" + queries.getChildren().size() + ")");
        TreeItem<String> root = new TreeItem<>("");
        root.getChildren().addAll(tables, views);
        if (!vm.queries.isEmpty()) {
            root.getChildren().add(queries);
        }
        tree.setRoot(root);
    }

    private static CheckBoxTreeItem<String> folder(String name) {
        CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(name);
        item.setExpanded(true);
        return item;
    }
}
