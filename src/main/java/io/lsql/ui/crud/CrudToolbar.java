package io.lsql.ui.crud;

import io.lsql.core.crud.Comparison;
import io.lsql.core.crud.Engine;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import java.util.List;

/** The operation toolbar: what to run, where, on which key and condition, and how pages are read. */
final class CrudToolbar extends FlowPane {

    CrudToolbar(CrudForm form, Node... actions) {
        super(8, 6);
        setPadding(new Insets(6, 8, 6, 8));
        getChildren().addAll(operation(form));
        getChildren().addAll(keyCondition(form));
        getChildren().addAll(filter(form));
        getChildren().addAll(paging(form));
        getChildren().addAll(actions);
    }

    private static List<Node> operation(CrudForm form) {
        ChoiceBox<CrudOperation> operation = new ChoiceBox<>(FXCollections.observableArrayList(CrudOperation.values()));
        operation.setId("crud-operation");
        operation.valueProperty().bindBidirectional(form.operation);
        ChoiceBox<Engine> engine = new ChoiceBox<>(FXCollections.observableArrayList(Engine.values()));
        engine.setId("crud-engine");
        engine.setConverter(converter(e -> e == null ? "" : switch (e) {
            case MYSQL -> "MySQL";
            case DYNAMODB -> "DynamoDB";
            case BOTH -> "Both";
        }));
        engine.valueProperty().bindBidirectional(form.engine);
        return List.of(operation, engine);
    }

    private static List<Node> keyCondition(CrudForm form) {
        ComboBox<String> index = new ComboBox<>(form.indexes);
        index.setId("crud-index");
        index.valueProperty().bindBidirectional(form.index);
        index.setTooltip(new Tooltip("Query the table or one of its GSIs"));
        TextField partition = field("crud-pk", "partition key value", form.partitionValue, 9);
        ChoiceBox<Comparison> sortOp = comparisons("crud-sort-op", form.sortOp, true);
        TextField sort = field("crud-sk", "sort key value", form.sortValue, 7);
        TextField sort2 = field("crud-sk2", "and", form.sortValue2, 5);
        sort2.visibleProperty().bind(form.sortOp.isEqualTo(Comparison.BETWEEN));
        sort2.managedProperty().bind(sort2.visibleProperty());
        return List.of(new Label("Index"), index, partition, sortOp, sort, sort2);
    }

    private static List<Node> filter(CrudForm form) {
        ComboBox<String> filterColumn = new ComboBox<>(form.columns);
        filterColumn.setId("crud-filter-column");
        filterColumn.setPromptText("filter column");
        filterColumn.valueProperty().bindBidirectional(form.filterColumn);
        ChoiceBox<Comparison> filterOp = comparisons("crud-filter-op", form.filterOp, false);
        TextField filter = field("crud-filter", "filter value", form.filterValue, 7);
        TextField filter2 = field("crud-filter2", "and", form.filterValue2, 5);
        filter2.visibleProperty().bind(form.filterOp.isEqualTo(Comparison.BETWEEN));
        filter2.managedProperty().bind(filter2.visibleProperty());
        return List.of(new Label("Filter"), filterColumn, filterOp, filter, filter2);
    }

    private static List<Node> paging(CrudForm form) {
        CheckBox forward = check("crud-forward", "Ascending", "Forward (ascending) sort-key order; off reads backward");
        forward.selectedProperty().bindBidirectional(form.forward);
        CheckBox consistent = check("crud-consistent", "Consistent", "Strongly consistent read (not possible on a GSI)");
        consistent.selectedProperty().bindBidirectional(form.consistentRead);
        consistent.disableProperty().bind(form.onIndex);
        Spinner<Integer> pageSize = new Spinner<>(1, 1000, form.pageSize.get());
        pageSize.setId("crud-page-size");
        pageSize.setEditable(true);
        pageSize.setPrefWidth(80);
        pageSize.valueProperty().addListener((o, old, size) -> form.pageSize.set(size));
        CheckBox fill = check("crud-fill", "Fill page", "Keep reading until the page is full: an empty filtered page is not the end");
        fill.selectedProperty().bindBidirectional(form.fillPage);
        CheckBox nativeWrites = check("crud-native", "DynamoDB-native", "Drop MySQL's meaning: PutItem replaces, UpdateItem creates a missing item");
        nativeWrites.selectedProperty().bindBidirectional(form.nativeWrites);
        return List.of(forward, consistent, new Label("Page"), pageSize, fill, nativeWrites);
    }

    private static TextField field(String id, String prompt, javafx.beans.property.StringProperty value, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox check(String id, String label, String tooltip) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setTooltip(new Tooltip(tooltip));
        return box;
    }

    private static ChoiceBox<Comparison> comparisons(String id, ObjectProperty<Comparison> value, boolean withNone) {
        ChoiceBox<Comparison> box = new ChoiceBox<>();
        if (withNone) {
            box.getItems().add(null);
        }
        box.getItems().addAll(Comparison.values());
        box.setId(id);
        box.setConverter(converter(c -> c == null ? "sort: any" : c.symbol()));
        box.valueProperty().bindBidirectional(value);
        box.setTooltip(new Tooltip(withNone ? "Sort-key condition" : "Filter comparison"));
        return box;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
