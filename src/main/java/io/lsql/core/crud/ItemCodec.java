package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.DynamoJson;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Converts between our {@link Item} and the SDK's attribute values, and reads/prints DynamoDB JSON through {@link DynamoJson}. */
final class ItemCodec {

    private ItemCodec() {
    }

    static Map<String, AttributeValue> toSdk(Item item) {
        Map<String, AttributeValue> out = new LinkedHashMap<>();
        item.attributes().forEach((name, value) -> out.put(name, toSdk(value)));
        return out;
    }

    static AttributeValue toSdk(ItemValue value) {
        return switch (value.type()) {
            case S -> AttributeValue.fromS(value.text());
            case N -> AttributeValue.fromN(value.text());
            case B -> AttributeValue.fromB(SdkBytes.fromByteArray(value.bytes()));
            case BOOL -> AttributeValue.fromBool(Boolean.parseBoolean(value.text()));
            case NULL -> AttributeValue.fromNul(true);
            case SS -> AttributeValue.fromSs(value.members());
            case NS -> AttributeValue.fromNs(value.members());
            case BS -> AttributeValue.fromBs(value.members().stream()
                    .map(m -> SdkBytes.fromByteArray(Base64.getDecoder().decode(m))).toList());
            case M -> {
                Map<String, AttributeValue> map = new LinkedHashMap<>();
                value.map().forEach((k, v) -> map.put(k, toSdk(v)));
                yield AttributeValue.fromM(map);
            }
            case L -> AttributeValue.fromL(value.list().stream().map(ItemCodec::toSdk).toList());
        };
    }

    static Item fromSdk(Map<String, AttributeValue> item) {
        if (item == null) {
            return null;
        }
        Map<String, ItemValue> out = new LinkedHashMap<>();
        item.forEach((name, value) -> out.put(name, fromSdk(value)));
        return new Item(out);
    }

    static ItemValue fromSdk(AttributeValue value) {
        return switch (value.type()) {
            case S -> ItemValue.s(value.s());
            case N -> ItemValue.n(value.n());
            case B -> ItemValue.bytes(value.b().asByteArray());
            case BOOL -> ItemValue.bool(value.bool());
            case NUL -> ItemValue.nul();
            case SS -> ItemValue.ss(value.ss());
            case NS -> ItemValue.ns(value.ns());
            case BS -> ItemValue.bs(value.bs().stream().map(b -> Base64.getEncoder().encodeToString(b.asByteArray())).toList());
            case M -> {
                Map<String, ItemValue> map = new LinkedHashMap<>();
                value.m().forEach((k, v) -> map.put(k, fromSdk(v)));
                yield ItemValue.m(map);
            }
            case L -> ItemValue.l(value.l().stream().map(ItemCodec::fromSdk).toList());
            default -> throw new LsqlException("DynamoDB returned an attribute of an unknown type: " + value + ".");
        };
    }

    /** Compact DynamoDB JSON of the item, {@code {"a":{"S":"x"}}}. */
    static String json(Item item) {
        String line = DynamoJson.toLine(toSdk(item));
        return line.substring("{\"Item\":".length(), line.length() - 1);
    }

    /** Compact DynamoDB JSON of one value, {@code {"S":"x"}}. */
    static String json(ItemValue value) {
        String item = json(new Item(Map.of("v", value)));
        return item.substring("{\"v\":".length(), item.length() - 1);
    }

    static Item parse(String json) {
        String text = json == null ? "" : json.strip();
        String line = text.startsWith("{\"Item\"") ? text : "{\"Item\":" + text + "}";
        try (DynamoJson.Reader reader = new DynamoJson.Reader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)))) {
            Map<String, AttributeValue> item = reader.next();
            if (item == null) {
                throw new LsqlException("The DynamoDB JSON is empty: write an item such as {\"id\": {\"S\": \"1\"}}.");
            }
            return fromSdk(item);
        } catch (IOException | RuntimeException e) {
            if (e instanceof LsqlException lsql) {
                throw lsql;
            }
            throw new LsqlException("That is not DynamoDB JSON (" + io.lsql.core.ErrorText.of(e)
                    + "); write each attribute as {\"name\": {\"S\": \"text\"}}.", e);
        }
    }
}
