package io.lsql.ui.browser;

import atlantafx.base.theme.Styles;
import io.lsql.core.design.AttributeDesign;
import io.lsql.core.design.DesignWarning;
import io.lsql.core.design.GsiDesign;
import io.lsql.core.design.KeyPart;
import io.lsql.core.design.TableDesign;
import io.lsql.core.schema.Column;
import io.lsql.ui.common.Icons;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.function.Function;

/** The suggested DynamoDB design of the selected table, with overrides, CreateTable JSON and "Create in DynamoDB". */
final class DesignPanel extends VBox {

    private static final String NO_SORT_KEY = "(no sort key)";
    private final BrowserViewModel vm;
    private final Label title = heading("Suggested DynamoDB design");
    private final Label partitionKey = new Label();
    private final Label sortKey = new Label();
    private final ComboBox<String> partitionChoice = new ComboBox<>();
    private final ComboBox<String> sortChoice = new ComboBox<>();
    private final TableView<GsiDesign> gsis = new TableView<>();
    private final TableView<AttributeDesign> attributes = new TableView<>();
    private final VBox rationale = new VBox(4);
    private final VBox warnings = new VBox(4);
    private final VBox hints = new VBox(4);

    DesignPanel(BrowserViewModel vm) {
        super(10);
        this.vm = vm;
        partitionKey.setId("design-pk");
        sortKey.setId("design-sk");
        partitionKey.getStyleClass().add(Styles.TITLE_4);
        sortKey.getStyleClass().add(Styles.TITLE_4);
        setPadding(new javafx.geometry.Insets(12));
        getChildren().addAll(title, partitionKey, sortKey, proposalLine(), overrideRow(), createRow(), createResult(),
                heading("Global secondary indexes"), gsiTable(), heading("Attributes"), attributeTable(), heading("Why"), rationale,
                heading("Warnings"), warnings, heading("Relationships"), hints, heading("CreateTable JSON"), jsonArea());
        vm.design.addListener((o, old, design) -> show(design));
    }

    /** The proposal's placement of the table, shown only when there is a proposal. */
    private Label proposalLine() {
        Label line = new Label();
        line.setId("design-proposal");
        line.setWrapText(true);
        line.getStyleClass().add(Styles.ACCENT);
        line.textProperty().bind(vm.proposalLine);
        line.visibleProperty().bind(vm.proposalLine.isNotEmpty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** Wraps rather than shrinks: at any width the label and buttons keep their text, the choices their names. */
    private FlowPane overrideRow() {
        partitionChoice.setPromptText("partition key");
        sortChoice.setPromptText("sort key");
        partitionChoice.setId("design-override-pk");
        sortChoice.setId("design-override-sk");
        for (ComboBox<String> choice : java.util.List.of(partitionChoice, sortChoice)) {
            choice.setMinWidth(Region.USE_PREF_SIZE);
            choice.setPrefWidth(190);
            choice.setTooltip(new Tooltip());
            choice.getTooltip().textProperty().bind(choice.valueProperty());
        }
        Button apply = new Button("Apply");
        apply.setId("design-override-apply");
        apply.setTooltip(new Tooltip("Use this key instead; the design is re-validated at once"));
        apply.setOnAction(e -> vm.overrideKey(partitionChoice.getValue(),
                NO_SORT_KEY.equals(sortChoice.getValue()) ? null : sortChoice.getValue()));
        Button reset = new Button("Reset");
        reset.setId("design-override-reset");
        reset.setTooltip(new Tooltip("Back to the suggested key"));
        reset.setOnAction(e -> vm.resetOverride());
        vm.selected.addListener((o, old, table) -> {
            partitionChoice.getItems().setAll(table == null ? java.util.List.of() : table.columns().stream().map(Column::name).toList());
            sortChoice.getItems().setAll(NO_SORT_KEY);
            if (table != null) {
                sortChoice.getItems().addAll(table.columns().stream().map(Column::name).toList());
            }
        });
        Label label = new Label("Override:");
        label.setId("design-override-label");
        FlowPane row = new FlowPane(8, 6, label, partitionChoice, sortChoice, apply, reset);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        for (javafx.scene.Node node : row.getChildren()) {
            if (node instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return row;
    }

    private TableView<GsiDesign> gsiTable() {
        gsis.getColumns().add(column("index", GsiDesign::indexName));
        gsis.getColumns().add(column("keys", BrowserViewModel::gsiKeys));
        gsis.getColumns().add(column("projection", GsiDesign::projection));
        gsis.getColumns().add(column("notes", g -> (g.unique() ? "unique, not enforced " : "") + (g.sparse() ? "sparse" : "")));
        widths(gsis, 170, 170, 96);
        gsis.setPrefHeight(130);
        gsis.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.control.MenuItem drop = new javafx.scene.control.MenuItem("Drop this GSI");
        drop.setOnAction(e -> {
            GsiDesign gsi = gsis.getSelectionModel().getSelectedItem();
            if (gsi != null) {
                vm.dropGsi(gsi.indexName());
            }
        });
        gsis.setContextMenu(new javafx.scene.control.ContextMenu(drop));
        return gsis;
    }

    private TableView<AttributeDesign> attributeTable() {
        attributes.getColumns().add(column("attribute", AttributeDesign::name));
        attributes.getColumns().add(column("type", a -> a.type().name()));
        attributes.getColumns().add(column("from", a -> a.sourceColumn() == null ? "derived" : a.sourceType()));
        attributes.getColumns().add(column("format", AttributeDesign::format));
        widths(attributes, 130, 56, 150);
        attributes.setPrefHeight(200);
        attributes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return attributes;
    }

    private TextArea jsonArea() {
        TextArea json = new TextArea();
        json.setId("design-json");
        json.setEditable(false);
        json.setPrefRowCount(10);
        json.getStyleClass().add("monospace");
        json.textProperty().bind(vm.createTableJson);
        return json;
    }

    private FlowPane createRow() {
        Button copy = new Button("Copy", Icons.of(Icons.COPY));
        copy.setTooltip(new Tooltip("Copy the CreateTable JSON (Ctrl+Shift+C)"));
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.createTableJson.get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button("Save…", Icons.of(Icons.SAVE));
        save.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(vm.design.get() == null ? "table.json" : vm.design.get().tableName() + ".json");
            File file = chooser.showSaveDialog(getScene().getWindow());
            if (file != null) {
                vm.saveJson(file.toPath());
            }
        });
        Button create = new Button("Create in DynamoDB", Icons.of(Icons.CREATE));
        create.setId("design-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(vm.creating.or(vm.design.isNull()));
        create.setOnAction(e -> vm.createInDynamoDb());
        FlowPane row = new FlowPane(8, 6, copy, save, create);
        row.getChildren().forEach(node -> ((Region) node).setMinWidth(Region.USE_PREF_SIZE));
        return row;
    }

    private TextArea createResult() {
        TextArea result = new TextArea();
        result.setId("design-create-result");
        result.setEditable(false);
        result.setPrefRowCount(3);
        result.textProperty().bind(vm.createResult);
        return result;
    }

    private void show(TableDesign design) {
        if (design == null) {
            title.setText("Suggested DynamoDB design");
            partitionKey.setText("");
            sortKey.setText("");
            gsis.getItems().clear();
            attributes.getItems().clear();
            rationale.getChildren().clear();
            warnings.getChildren().clear();
            hints.getChildren().clear();
            return;
        }
        title.setText("Suggested DynamoDB design: " + design.tableName() + "  (" + design.key().source().name().toLowerCase().replace('_', ' ') + ")");
        partitionKey.setText("HASH " + keyText(design.key().partitionKey()));
        sortKey.setText(design.key().sortKey() == null ? "no sort key" : "RANGE " + keyText(design.key().sortKey()));
        partitionChoice.setValue(design.key().partitionKey().columns().get(0));
        gsis.getItems().setAll(design.gsis());
        attributes.getItems().setAll(design.attributes());
        rationale.getChildren().setAll(design.rationale().stream()
                .map(r -> wrap("• " + r.subject() + " → " + r.choice() + ": " + r.reason())).toList());
        warnings.getChildren().setAll(design.warnings().stream().map(DesignPanel::warning).toList());
        if (design.warnings().isEmpty()) {
            warnings.getChildren().add(wrap("No warnings."));
        }
        hints.getChildren().setAll(design.hints().stream()
                .map(h -> wrap(h.constraint() + ": " + h.joinSql() + "\n" + h.itemCollection())).toList());
    }

    private static String keyText(KeyPart part) {
        return part.attribute() + " (" + part.type() + (part.isPlainColumn() ? "" : ", " + part.template()) + ")";
    }

    private static Label warning(DesignWarning w) {
        Label label = wrap(w.severity() + "  " + w.subject() + ": " + w.message());
        label.getStyleClass().add(switch (w.severity()) {
            case ERROR -> Styles.DANGER;
            case WARNING -> Styles.WARNING;
            case INFO -> Styles.ACCENT;
        });
        label.getStyleClass().add("design-warning");
        return label;
    }

    private static Label wrap(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    /** Preferred widths of the first columns; the last one takes what is left. */
    private static void widths(TableView<?> table, double... widths) {
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
    }

    /** A text column whose cells show their whole text in a tooltip ("varchar(255)" in a narrow column). */
    static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }
}
