package io.lsql.core.crud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lsql.core.LsqlException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The typed item editor's model: one field per attribute of the bound table, typed as the design writes it, and
 * parse/print of each type's text (S; N with the 38-digit check; BOOL; NULL; B as base64; M and L as JSON; SS, NS,
 * BS as JSON arrays). Numbers are never sent as S. Raw DynamoDB JSON is {@link Item#fromJson}/{@link Item#toJson}.
 */
public final class ItemEditor {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    /** The fields of {@code binding}'s items: the table key first, then the index keys, then every column's attribute. */
    public static ItemEditor of(CrudBinding binding) {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put(binding.partitionKey().attribute(), new Field(binding.partitionKey().attribute(), binding.partitionKey().type(),
                KeyRole.PARTITION));
        if (binding.sortKey() != null) {
            fields.put(binding.sortKey().attribute(), new Field(binding.sortKey().attribute(), binding.sortKey().type(), KeyRole.SORT));
        }
        for (IndexInfo index : binding.indexes()) {
            for (KeyField key : index.sortKey() == null ? List.of(index.partitionKey()) : List.of(index.partitionKey(), index.sortKey())) {
                fields.putIfAbsent(key.attribute(), new Field(key.attribute(), key.type(), null));
            }
        }
        for (String column : binding.columns()) {
            binding.attributeOf(column).ifPresent(a -> fields.putIfAbsent(a, new Field(a, binding.attributeType(a), null)));
        }
        binding.layout().constants().keySet().forEach(a -> fields.putIfAbsent(a, new Field(a, ItemType.S, null)));
        return new ItemEditor(new ArrayList<>(fields.values()));
    }

    public List<Field> fields() {
        return fields;
    }

    /** The item of these field texts, each parsed as its field's type; a {@code null} text leaves the attribute out. */
    public Item item(Map<String, String> texts) {
        Item item = Item.EMPTY;
        for (Field field : fields) {
            String text = texts.get(field.attribute());
            if (text != null) {
                item = item.with(field.attribute(), parse(field.type(), text));
            }
        }
        return item;
    }

    /**
     * The value {@code text} stands for as a {@code type}.
     *
     * @throws LsqlException in one sentence when the text is not a valid value of the type
     */
    public static ItemValue parse(ItemType type, String text) {
        String value = text == null ? "" : text;
        return switch (type) {
            case S -> ItemValue.s(value);
            case N -> ItemValue.n(value);
            case B -> ItemValue.b(value);
            case BOOL -> bool(value);
            case NULL -> ItemValue.nul();
            case SS, NS, BS -> set(type, value);
            case M, L -> document(type, value);
        };
    }

    /** The text {@link #parse} reads back into {@code value}. */
    public static String print(ItemValue value) {
        return switch (value.type()) {
            case S, N, B, BOOL, NULL -> value.text();
            case SS, NS, BS -> JSON.valueToTree(value.members()).toString();
            case M, L -> plain(value).toString();
        };
    }

    private static ItemValue bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> ItemValue.bool(true);
            case "false", "0" -> ItemValue.bool(false);
            default -> throw new LsqlException("'" + text + "' is not a BOOL: write true or false.");
        };
    }

    private static ItemValue set(ItemType type, String text) {
        JsonNode node = read(text, type);
        if (!node.isArray()) {
            throw new LsqlException("A " + type + " is written as a JSON array, e.g. [\"a\", \"b\"].");
        }
        List<String> members = new ArrayList<>();
        node.forEach(member -> members.add(member.isNumber() ? member.decimalValue().toPlainString() : member.asText()));
        return type == ItemType.SS ? ItemValue.ss(members) : type == ItemType.NS ? ItemValue.ns(members) : ItemValue.bs(members);
    }

    private static ItemValue document(ItemType type, String text) {
        JsonNode node = read(text, type);
        if (type == ItemType.M != node.isObject() || type == ItemType.L != node.isArray()) {
            throw new LsqlException("A " + type + " is written as a JSON " + (type == ItemType.M ? "object, e.g. {\"a\": 1}."
                    : "array, e.g. [1, \"a\"]."));
        }
        return fromPlain(node);
    }

    private static ItemValue fromPlain(JsonNode node) {
        if (node.isObject()) {
            Map<String, ItemValue> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), fromPlain(e.getValue())));
            return ItemValue.m(map);
        }
        if (node.isArray()) {
            List<ItemValue> list = new ArrayList<>();
            node.forEach(element -> list.add(fromPlain(element)));
            return ItemValue.l(list);
        }
        if (node.isNumber()) {
            return ItemValue.n(node.decimalValue().toPlainString());
        }
        if (node.isBoolean()) {
            return ItemValue.bool(node.booleanValue());
        }
        return node.isNull() ? ItemValue.nul() : ItemValue.s(node.asText());
    }

    private static JsonNode plain(ItemValue value) {
        return switch (value.type()) {
            case M -> {
                ObjectNode object = JSON.createObjectNode();
                value.map().forEach((k, v) -> object.set(k, plain(v)));
                yield object;
            }
            case L -> {
                ArrayNode array = JSON.createArrayNode();
                value.list().forEach(v -> array.add(plain(v)));
                yield array;
            }
            case N -> JSON.getNodeFactory().numberNode(new BigDecimal(value.text()));
            case BOOL -> JSON.getNodeFactory().booleanNode(Boolean.parseBoolean(value.text()));
            case NULL -> JSON.getNodeFactory().nullNode();
            case SS, NS, BS -> JSON.valueToTree(value.members());
            default -> JSON.getNodeFactory().textNode(value.text());
        };
    }

    private static JsonNode read(String text, ItemType type) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new LsqlException("That is not JSON for a " + type + " (" + e.getOriginalMessage() + ").", e);
        }
    }
}
