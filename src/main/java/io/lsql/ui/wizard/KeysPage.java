package io.lsql.ui.wizard;

import atlantafx.base.theme.Styles;
import io.lsql.core.plan.KeyType;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/** Page 3: per target the keys, indexes, the advisor's rationale and warnings; a problem marks its field. */
final class KeysPage extends SplitPane {

    private final KeysViewModel vm;
    private final Map<KeysViewModel.Field, Node> fields = new EnumMap<>(KeysViewModel.Field.class);

    KeysPage(KeysViewModel vm) {
        this.vm = vm;
        ListView<String> targets = TargetList.of("keys-targets", vm.targets, vm.selected);
        getItems().addAll(targets, form());
        setDividerPositions(0.25);
        vm.invalid.addListener((SetChangeListener<KeysViewModel.Field>) c -> mark());
    }

    private VBox form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Table"), text("keys-table", vm.table, KeysViewModel.Field.TABLE, "The DynamoDB table name"));
        grid.addRow(1, new Label("Partition key"), text("keys-pk", vm.partitionKey, KeysViewModel.Field.PARTITION_KEY, "Attribute name"),
                type("keys-pk-type", vm.partitionType), text("keys-pk-template", vm.partitionTemplate,
                        KeysViewModel.Field.PARTITION_TEMPLATE, "A column {col} or a template such as REP#{rep_id}"));
        grid.addRow(2, new Label("Sort key"), text("keys-sk", vm.sortKey, KeysViewModel.Field.SORT_KEY, "Attribute name, empty for none"),
                type("keys-sk-type", vm.sortType), text("keys-sk-template", vm.sortTemplate, KeysViewModel.Field.SORT_TEMPLATE,
                        "A column {col} or a template such as LINE#{ord_line_id}"));
        grid.addRow(3, new Label("Source"), sourceChoice(), new Label("Entity"), text("keys-entity", vm.entityType, null,
                "The value of attribute entity on this source's items (several sources in one table)"));
        ListView<String> indexes = new ListView<>(vm.indexes);
        indexes.setId("keys-indexes");
        indexes.setPrefHeight(70);
        fields.put(KeysViewModel.Field.INDEXES, indexes);
        Button drop = new Button("Drop index");
        drop.setId("keys-drop-index");
        drop.disableProperty().bind(indexes.getSelectionModel().selectedItemProperty().isNull());
        drop.setOnAction(e -> vm.dropIndex(indexes.getSelectionModel().getSelectedIndex()));
        TextArea notes = new TextArea();
        notes.setId("keys-notes");
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.textProperty().bind(vm.advisorNotes);
        VBox.setVgrow(notes, Priority.ALWAYS);
        Label problems = new Label();
        problems.setId("keys-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add(Styles.DANGER);
        problems.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.join("\n", vm.problems), vm.problems));
        ComboBox<String> mergeTarget = new ComboBox<>(vm.targets);
        mergeTarget.setId("keys-merge-target");
        Button merge = new Button("Merge into");
        merge.setId("keys-merge");
        merge.setTooltip(new Tooltip("Single-table design: this target's sources join the chosen table, each with its own key templates"));
        merge.disableProperty().bind(mergeTarget.valueProperty().isNull());
        merge.setOnAction(e -> vm.mergeInto(mergeTarget.getValue()));
        HBox merging = new HBox(8, merge, mergeTarget);
        merging.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(8, grid, merging, problems, new HBox(8, new Label("Global secondary indexes"), drop), indexes, indexForm(),
                new Label("The advisor's rationale and warnings"), notes);
        box.setPadding(new javafx.geometry.Insets(0, 0, 0, 10));
        return box;
    }

    /** Name, partition key, optional sort key (attribute, type, template) and projection of a GSI to add. */
    private GridPane indexForm() {
        IndexForm form = vm.newIndex;
        Map<IndexForm.Field, Node> marked = new EnumMap<>(IndexForm.Field.class);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField name = field("keys-gsi-name", form.name, "Index name: 3 to 255 letters, digits, _ . -");
        marked.put(IndexForm.Field.NAME, name);
        ComboBox<String> projection = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(IndexForm.PROJECTIONS));
        projection.setId("keys-gsi-projection");
        projection.valueProperty().bindBidirectional(form.projection);
        Button add = new Button("Add index");
        add.setId("keys-add-index");
        add.setTooltip(new Tooltip("Add this global secondary index to the target; it is checked with the rest of the plan"));
        add.disableProperty().bind(form.name.isEmpty().or(form.partitionKey.isEmpty()));
        add.setOnAction(e -> vm.addIndex());
        grid.addRow(0, new Label("New index"), name, new Label("Projection"), projection, add);
        TextField pk = field("keys-gsi-pk", form.partitionKey, "Partition key attribute");
        marked.put(IndexForm.Field.PARTITION, pk);
        grid.addRow(1, new Label("Index partition key"), pk, type("keys-gsi-pk-type", form.partitionType),
                field("keys-gsi-pk-template", form.partitionTemplate, "Template; empty means the column {attribute}"));
        TextField sk = field("keys-gsi-sk", form.sortKey, "Sort key attribute, empty for none");
        marked.put(IndexForm.Field.SORT, sk);
        grid.addRow(2, new Label("Index sort key"), sk, type("keys-gsi-sk-type", form.sortType),
                field("keys-gsi-sk-template", form.sortTemplate, "Template; empty means the column {attribute}"));
        form.invalid.addListener((SetChangeListener<IndexForm.Field>) c -> marked.forEach((f, node) ->
                node.pseudoClassStateChanged(Styles.STATE_DANGER, form.invalid.contains(f))));
        return grid;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String tip) {
        TextField text = new TextField();
        text.setId(id);
        text.setPromptText(tip);
        text.setTooltip(new Tooltip(tip));
        text.textProperty().bindBidirectional(value);
        return text;
    }

    private TextField text(String id, javafx.beans.property.StringProperty value, KeysViewModel.Field field, String tip) {
        TextField text = field(id, value, tip);
        if (field != null) {
            fields.put(field, text);
        }
        return text;
    }

    private ComboBox<String> sourceChoice() {
        ComboBox<String> box = new ComboBox<>(vm.sources);
        box.setId("keys-source");
        box.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> {
            if (index.intValue() >= 0) {
                vm.source.set(index.intValue());
            }
        });
        vm.source.addListener((o, old, index) -> box.getSelectionModel().select(index.intValue()));
        vm.sources.addListener((javafx.collections.ListChangeListener<String>) c -> box.getSelectionModel().select(vm.source.get()));
        return box;
    }

    private static ComboBox<KeyType> type(String id, javafx.beans.property.ObjectProperty<KeyType> value) {
        ComboBox<KeyType> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(KeyType.values()));
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private void mark() {
        fields.forEach((field, node) -> node.pseudoClassStateChanged(Styles.STATE_DANGER, vm.invalid.contains(field)));
    }
}
