package io.lsql.core.crud;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A DynamoDB item (or an item's key) as ordered attributes, without the AWS SDK. Raw DynamoDB JSON
 * ({@code {"id":{"S":"1"}}}) reads and prints through the migration's own {@code DynamoJson}.
 */
public record Item(Map<String, ItemValue> attributes) {

    public static final Item EMPTY = new Item(Map.of());

    public Item {
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public Optional<ItemValue> get(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Item with(String name, ItemValue value) {
        Map<String, ItemValue> next = new LinkedHashMap<>(attributes);
        next.put(name, value);
        return new Item(next);
    }

    public Item without(String name) {
        Map<String, ItemValue> next = new LinkedHashMap<>(attributes);
        next.remove(name);
        return new Item(next);
    }

    public boolean isEmpty() {
        return attributes.isEmpty();
    }

    /**
     * Parses raw DynamoDB JSON of one item, {@code {"a":{"S":"x"}}} (or {@code {"Item":{…}}}).
     *
     * @throws io.lsql.core.LsqlException in one sentence when the text is not DynamoDB JSON or breaks a rule
     */
    public static Item fromJson(String json) {
        return ItemCodec.parse(json);
    }

    /** The item as compact DynamoDB JSON, {@code {"a":{"S":"x"}}}. */
    public String toJson() {
        return ItemCodec.json(this);
    }
}
