package io.lsql.core.crud;

import java.util.List;

/**
 * The typed item editor's model: one field per attribute of the bound table, typed as the design writes it, and
 * parse/print of each type's text (S; N with the 38-digit check; BOOL; NULL; B as base64; M and L as DynamoDB JSON
 * or plain JSON; SS, NS, BS as JSON arrays). Numbers are never sent as S.
 */
public final class ItemEditor {

    /**
     * One editable attribute.
     *
     * @param role PARTITION or SORT for the table key, else {@code null}
     */
    public record Field(String attribute, ItemType type, KeyRole role) {
    }

    private final List<Field> fields;

    private ItemEditor(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    /** The fields of {@code binding}'s items: the table key first, then every other attribute the mapping writes. */
    public static ItemEditor of(CrudBinding binding) {
        throw new UnsupportedOperationException();
    }

    public List<Field> fields() {
        return fields;
    }

    /**
     * The value {@code text} stands for as a {@code type}.
     *
     * @throws io.lsql.core.LsqlException in one sentence when the text is not a valid value of the type
     */
    public static ItemValue parse(ItemType type, String text) {
        throw new UnsupportedOperationException();
    }

    /** The text {@link #parse} reads back into {@code value}. */
    public static String print(ItemValue value) {
        throw new UnsupportedOperationException();
    }

    /** The item of these field texts (a {@code null} or empty text leaves the attribute out). */
    public Item item(java.util.Map<String, String> texts) {
        throw new UnsupportedOperationException();
    }
}
