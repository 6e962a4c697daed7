package io.lsql.ui.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.crud.CrudBinding;
import io.lsql.core.crud.CrudRow;
import io.lsql.core.crud.Engine;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.ItemEditor;
import io.lsql.core.crud.ItemType;
import io.lsql.core.crud.KeyRole;
import io.lsql.core.crud.RowValues;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The item editor of Insert and Update. On MySQL and "both" the user edits the row's columns (the item is what the
 * migration's mapping makes of the row); on DynamoDB the item itself, one typed field per attribute of the design
 * (S, N with the 38-digit check, BOOL, NULL, B as base64, M/L as JSON, sets as JSON arrays), or as raw DynamoDB JSON.
 */
public final class ItemEditorViewModel {

    /** One column of the row: empty text is SQL NULL. */
    public record ColumnField(String column, String type, StringProperty text) {
    }

    /** One attribute of the item: empty text leaves it out. */
    public record AttributeField(String attribute, ItemType type, KeyRole role, StringProperty text) {

        /** The field's label: the attribute, its type, and PK / SK for the table key. */
        public String label() {
            return attribute + " (" + type + ")" + (role == KeyRole.PARTITION ? " PK" : role == KeyRole.SORT ? " SK" : "");
        }
    }

    private final CrudBinding binding;
    private final ItemEditor editor;
    private final Item original;
    public final boolean rowMode;
    public final List<ColumnField> columns = new ArrayList<>();
    public final List<AttributeField> attributes = new ArrayList<>();
    public final StringProperty rawJson = new SimpleStringProperty("");
    /** The raw DynamoDB JSON tab is the one in use. */
    public final BooleanProperty raw = new SimpleBooleanProperty(false);

    /** {@code row} and {@code item} fill the fields for an Update; both {@code null} for an Insert. */
    public ItemEditorViewModel(CrudBinding binding, Engine engine, CrudRow row, Item item) {
        this.binding = binding;
        this.editor = ItemEditor.of(binding);
        this.rowMode = engine != Engine.DYNAMODB;
        Item filled = item != null ? item : row != null ? row.item() : null;
        this.original = filled;
        for (int i = 0; i < binding.columns().size(); i++) {
            String column = binding.columns().get(i);
            columns.add(new ColumnField(column, binding.columnTypes().get(i),
                    new SimpleStringProperty(row == null ? "" : nullToEmpty(row.values().get(column)))));
        }
        for (ItemEditor.Field field : editor.fields()) {
            String text = filled == null ? "" : filled.get(field.attribute()).map(ItemEditor::print).orElse("");
            attributes.add(new AttributeField(field.attribute(), field.type(), field.role(), new SimpleStringProperty(text)));
        }
        rawJson.set(filled == null ? "{}" : filled.toJson());
    }

    /**
     * The edit as typed.
     *
     * @throws LsqlException in one sentence when a value is not valid for its type (a number over 38 digits, bad base64…)
     */
    public CrudEdit edit() {
        if (rowMode) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach(c -> {
                if (!c.text().get().isEmpty() || original != null) {
                    values.put(c.column(), c.text().get().isEmpty() ? null : c.text().get());
                }
            });
            RowValues row = new RowValues(values);
            return new CrudEdit(row, null, List.of());
        }
        Item item = raw.get() ? Item.fromJson(rawJson.get()) : typedItem();
        binding.keyOf(item);
        List<String> removed = new ArrayList<>();
        if (original != null) {
            original.attributes().keySet().stream().filter(a -> item.get(a).isEmpty()).forEach(removed::add);
        }
        return new CrudEdit(RowValues.EMPTY, item, removed);
    }

    private Item typedItem() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (AttributeField field : attributes) {
            String text = field.text().get();
            if (!text.isEmpty() || field.type() == ItemType.NULL && original != null && original.get(field.attribute()).isPresent()) {
                texts.put(field.attribute(), text);
            }
        }
        return editor.item(texts);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
