package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.cost.ItemSize;
import io.lsql.core.mapping.ItemEncoder;

import java.util.List;
import java.util.Map;

/** DynamoDB's documented rules, enforced before a write is sent (moto does not enforce them all). */
final class ItemRules {

    private ItemRules() {
    }

    /** Checks a whole item: its key, its index keys, the types the design gives its attributes, and the 400 KB limit. */
    static void checkItem(CrudBinding binding, Item item) {
        checkKey(binding, item);
        checkIndexKeys(binding, item);
        for (Map.Entry<String, ItemValue> e : item.attributes().entrySet()) {
            checkType(binding, e.getKey(), e.getValue());
        }
        long size = size(item);
        if (size > ItemEncoder.MAX_ITEM_BYTES) {
            throw new LsqlException("The item is " + size + " bytes, over DynamoDB's 400 KB limit (attribute names count);"
                    + " nothing was sent.");
        }
    }

    /** Checks the table key attributes of {@code item}: present, of the declared type, non-empty and within the size limits. */
    static void checkKey(CrudBinding binding, Item item) {
        key(binding.partitionKey(), item, ItemEncoder.MAX_PARTITION_KEY_BYTES);
        if (binding.sortKey() != null) {
            key(binding.sortKey(), item, ItemEncoder.MAX_SORT_KEY_BYTES);
        }
    }

    /** The GSI key attributes {@code item} holds: of the index's type, non-empty, within the key size limits. */
    static void checkIndexKeys(CrudBinding binding, Item item) {
        for (IndexInfo index : binding.indexes()) {
            for (KeyField key : index.sortKey() == null ? List.of(index.partitionKey()) : List.of(index.partitionKey(), index.sortKey())) {
                if (item.get(key.attribute()).isPresent()) {
                    key(key, item, key.role() == KeyRole.PARTITION ? ItemEncoder.MAX_PARTITION_KEY_BYTES : ItemEncoder.MAX_SORT_KEY_BYTES);
                }
            }
        }
    }

    /** A number the design writes as N is never sent as S (nor any other declared type as another). */
    static void checkType(CrudBinding binding, String attribute, ItemValue value) {
        ItemType declared = binding.attributeType(attribute);
        boolean numberAsText = declared == ItemType.N && value.type() == ItemType.S;
        boolean wrongKeyType = isKey(binding, attribute) && value.type() != declared;
        if (numberAsText || wrongKeyType) {
            throw new LsqlException("The attribute " + attribute + " is " + declared + " in the design, but the value is "
                    + value.type() + "; write it as " + declared + ". Nothing was sent.");
        }
    }

    private static boolean isKey(CrudBinding binding, String attribute) {
        return attribute.equals(binding.partitionKey().attribute())
                || (binding.sortKey() != null && attribute.equals(binding.sortKey().attribute()));
    }

    private static void key(KeyField key, Item item, int limit) {
        ItemValue value = item.get(key.attribute()).orElseThrow(() -> new LsqlException("The item has no "
                + key.role().name().toLowerCase(java.util.Locale.ROOT) + " key " + key.attribute() + "; nothing was sent."));
        if (value.type() != key.type()) {
            throw new LsqlException("The key " + key.attribute() + " is " + key.type() + ", but the value is " + value.type()
                    + "; nothing was sent.");
        }
        long bytes = valueSize(value);
        if (bytes == 0) {
            throw new LsqlException("The key " + key.attribute() + " is empty, which DynamoDB refuses; nothing was sent.");
        }
        if (bytes > limit) {
            throw new LsqlException("The key " + key.attribute() + " is " + bytes + " bytes, over DynamoDB's " + limit
                    + "-byte limit; nothing was sent.");
        }
    }

    static long size(Item item) {
        long size = 0;
        for (Map.Entry<String, ItemValue> e : item.attributes().entrySet()) {
            size += ItemSize.utf8(e.getKey()) + valueSize(e.getValue());
        }
        return size;
    }

    /** As DynamoDB counts it: UTF-8 bytes of text, raw bytes of binary, about one byte per two digits of a number. */
    static long valueSize(ItemValue value) {
        return switch (value.type()) {
            case S -> ItemSize.utf8(value.text());
            case N -> ItemSize.number(value.text());
            case B -> value.bytes().length;
            case BOOL, NULL -> 1;
            case SS -> value.members().stream().mapToLong(ItemSize::utf8).sum();
            case NS -> value.members().stream().mapToLong(ItemSize::number).sum();
            case BS -> value.members().stream().mapToLong(m -> java.util.Base64.getDecoder().decode(m).length).sum();
            case M -> 3 + value.map().entrySet().stream().mapToLong(e -> ItemSize.utf8(e.getKey()) + 1 + valueSize(e.getValue())).sum();
            case L -> 3 + value.list().stream().mapToLong(v -> 1 + valueSize(v)).sum();
        };
    }
}
