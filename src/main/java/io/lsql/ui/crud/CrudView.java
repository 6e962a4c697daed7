package io.lsql.ui.crud;

import atlantafx.base.theme.Styles;
import io.lsql.core.crud.CrudRow;
import io.lsql.core.crud.Item;
import io.lsql.ui.common.ErrorDialog;
import io.lsql.ui.common.Icons;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** MySQL rows on the left, DynamoDB items on the right, one toolbar for both, status per side and the code drawer. */
public final class CrudView extends BorderPane {

    private static final String READ_ONLY = "This profile is read-only: writes are off (the core refuses them too)";

    private final CrudViewModel vm;
    private final TableView<CrudRow> rows = new TableView<>();
    private final TableView<Item> items = new TableView<>();

    public CrudView(CrudViewModel vm) {
        this.vm = vm;
        setId("crud-pane");
        setTop(new VBox(picker(), new CrudToolbar(vm.form, runButton(), nextButton(), bulkDeleteButton())));
        setCenter(grids());
        setBottom(new VBox(4, statusLines(), new CodeDrawer(vm.code)));
        vm.binding.addListener((o, old, binding) -> {
            ResultTables.rowColumns(rows, binding);
            ResultTables.itemColumns(items, binding);
        });
        vm.failure.addListener((o, old, error) -> {
            if (error != null) {
                ErrorDialog.show("CRUD", error);
                vm.failure.set(null);
            }
        });
    }

    private HBox picker() {
        ComboBox<String> table = new ComboBox<>(vm.tables);
        table.setId("crud-table");
        table.setPromptText("table or view");
        table.setOnAction(e -> {
            if (table.getValue() != null) {
                vm.open(table.getValue());
            }
        });
        TextField prefix = new TextField();
        prefix.setId("crud-prefix");
        prefix.setPromptText("e.g. dev_");
        prefix.setPrefColumnCount(6);
        prefix.textProperty().bindBidirectional(vm.tablePrefix);
        prefix.setTooltip(new Tooltip("The DynamoDB table name prefix the wizard used (empty: the design's name); Enter re-opens"));
        prefix.setOnAction(e -> table.getOnAction().handle(e));
        Label message = new Label();
        message.setId("crud-message");
        message.textProperty().bind(vm.message);
        Label title = new Label("CRUD");
        title.getStyleClass().add(Styles.TITLE_4);
        Button generate = new Button("Generate code…");
        generate.setId("crud-generate");
        generate.setTooltip(new Tooltip("Item class, DAO and JUnit test for this table (as lsql codegen java writes them)"));
        generate.disableProperty().bind(vm.busy.or(vm.binding.isNull()));
        generate.setOnAction(e -> GenerateCodeDialog.show(getScene().getWindow(), vm));
        HBox bar = new HBox(8, title, new Label("Table"), table, new Label("DynamoDB prefix"), prefix, generate, message);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 0, 8));
        return bar;
    }

    private Button runButton() {
        Button run = new Button("Run", Icons.of(Icons.PLAY));
        run.setId("crud-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(vm.busy.or(vm.binding.isNull())
                .or(vm.writable.not().and(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.form.operation.get().isWrite(),
                        vm.form.operation))));
        run.tooltipProperty().bind(javafx.beans.binding.Bindings.when(vm.writable).then(new Tooltip("Run the operation (Enter)"))
                .otherwise(new Tooltip(READ_ONLY)));
        run.setOnAction(e -> run());
        return run;
    }

    private Button nextButton() {
        Button next = new Button("Next page");
        next.setId("crud-next");
        next.disableProperty().bind(vm.busy.or(vm.hasNext.not()));
        next.setTooltip(new Tooltip("DynamoDB from LastEvaluatedKey, MySQL after the last key"));
        next.setOnAction(e -> vm.nextPage());
        return next;
    }

    private Button bulkDeleteButton() {
        Button bulk = new Button("Bulk delete…");
        bulk.setId("crud-bulk-delete");
        bulk.getStyleClass().add(Styles.DANGER);
        bulk.disableProperty().bind(vm.busy.or(vm.binding.isNull()).or(vm.writable.not()));
        bulk.tooltipProperty().bind(javafx.beans.binding.Bindings.when(vm.writable)
                .then(new Tooltip("Delete every row matching the filter, after typing the table name")).otherwise(new Tooltip(READ_ONLY)));
        bulk.setOnAction(e -> {
            TextInputDialog confirm = new TextInputDialog();
            confirm.setTitle("Bulk delete");
            confirm.setHeaderText("Deletes every row matching the filter on " + vm.form.engine.get() + ". Type "
                    + vm.bulkDeleteName() + " to confirm.");
            confirm.showAndWait().ifPresent(vm::bulkDelete);
        });
        return bulk;
    }

    private void run() {
        switch (vm.form.operation.get()) {
            case INSERT, UPDATE -> new ItemEditorDialog(vm.editor(), vm.form.operation.get() + " into " + vm.table.get())
                    .showAndWait().ifPresent(vm::write);
            case DELETE -> vm.delete();
            default -> vm.run();
        }
    }

    private SplitPane grids() {
        rows.setId("crud-rows");
        rows.setItems(vm.rows);
        items.setId("crud-items");
        items.setItems(vm.items);
        follow(rows, vm.selectedRow);
        follow(items, vm.selectedItem);
        SplitPane split = new SplitPane(side("MySQL rows", rows), side("DynamoDB items", items));
        split.setDividerPositions(0.5);
        return split;
    }

    private static <T> void follow(TableView<T> table, IntegerProperty selected) {
        table.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> selected.set(index.intValue()));
        selected.addListener((o, old, index) -> {
            if (index.intValue() < 0) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedIndex() != index.intValue()) {
                table.getSelectionModel().select(index.intValue());
                table.scrollTo(index.intValue());
            }
        });
    }

    private static VBox side(String title, TableView<?> table) {
        Label label = new Label(title);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(4, label, table);
        box.setPadding(new Insets(4, 8, 4, 8));
        return box;
    }

    private VBox statusLines() {
        VBox lines = new VBox(2, status("crud-mysql-status", vm.mysqlStatus), status("crud-dynamo-status", vm.dynamoStatus),
                status("crud-both", vm.bothReport));
        lines.setPadding(new Insets(0, 8, 0, 8));
        return lines;
    }

    private static Label status(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
