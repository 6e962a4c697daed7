package io.lsql.core.codegen;

import io.lsql.core.codegen.CodegenModel.Entity;
import io.lsql.core.codegen.CodegenModel.Field;
import io.lsql.core.codegen.CodegenModel.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Signatures and javadoc both DAO writers share, so the two kinds of DAO read alike. */
final class DaoParts {

    /** Names the DAO methods use for their own parameters; a column named so gets {@code Value} appended. */
    private static final Set<String> OWN = Set.of("pageSize", "exclusiveStartKey", "item", "key", "e", "tableName", "b", "old", "response");

    private DaoParts() {
    }

    static String param(Field field) {
        return OWN.contains(field.name()) ? field.name() + "Value" : field.name();
    }

    /** {@code String custId, String ordId}: the parameters naming these fields' values. */
    static String params(List<Field> fields) {
        return String.join(", ", fields.stream().map(f -> f.type().javaName() + " " + param(f)).toList());
    }

    static String args(List<Field> fields) {
        return String.join(", ", fields.stream().map(DaoParts::param).toList());
    }

    /** {@code item.getCustId(), item.getOrdId()}: the key values of {@code item}. */
    static String itemArgs(List<Field> fields) {
        return String.join(", ", fields.stream().map(f -> "item." + f.getter() + "()").toList());
    }

    /** An expression naming the key of {@code item} for messages: {@code "cust_id=" + item.getCustId()}. */
    static String keyText(Entity entity) {
        List<String> parts = new ArrayList<>();
        for (Field field : entity.keyFields()) {
            String label = (parts.isEmpty() ? "" : ", ") + field.column() + "=";
            parts.add(JavaNames.literal(label) + " + item." + field.getter() + "()");
        }
        return String.join(" + ", parts);
    }

    static void getDoc(JavaFile file) {
        file.doc(4, "GetItem by key (SELECT … WHERE key = ?): the item, or empty when there is none.");
    }

    static void queryDoc(JavaFile file, Query query) {
        String on = query.indexName() == null ? "the table's partition key " + query.key().attribute()
                : "index " + query.indexName() + " (key " + query.key().attribute() + ")";
        file.doc(4, JavaNames.doc("Query on " + on + ": one page of at most pageSize items."),
                "", "@param exclusiveStartKey {@code null} for the first page, else the previous page's {@link Page#nextKey()}");
    }

    static void insertDoc(JavaFile file) {
        file.doc(4, "PutItem with attribute_not_exists on the key (INSERT): never overwrites an item.",
                "", "@throws DuplicateKeyException when an item with this key exists (MySQL's error 1062); nothing changes");
    }

    static void updateDoc(JavaFile file) {
        file.doc(4, "UpdateItem with attribute_exists on the key (UPDATE … WHERE key = ?): never inserts. Every attribute",
                "takes the item's value; a null field removes its attribute.",
                "", "@return the item as stored now, or empty when no item has this key (0 rows; nothing is written)");
    }

    static void deleteDoc(JavaFile file) {
        file.doc(4, "DeleteItem by key: the item as it was, or empty when there was none.");
    }
}
