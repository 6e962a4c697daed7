package io.lsql.core.mapping;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A content hash of an item that is the same whether the item came from the source mapping or
 * from DynamoDB: attributes sorted by name, numbers compared by value, sets as sorted sets.
 */
public final class ItemHash {

    private ItemHash() {
    }

    public static byte[] of(Map<String, AttributeValue> item) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, AttributeValue.fromM(item));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(MessageDigest digest, AttributeValue value) {
        switch (value.type()) {
            case S -> put(digest, "S", value.s());
            case N -> put(digest, "N", new BigDecimal(value.n()).stripTrailingZeros().toString());
            case B -> {
                put(digest, "B", "");
                digest.update(value.b().asByteArray());
            }
            case BOOL -> put(digest, "BOOL", Boolean.toString(value.bool()));
            case NUL -> put(digest, "NULL", "");
            case SS -> sorted(digest, "SS", value.ss());
            case NS -> sorted(digest, "NS", value.ns().stream().map(n -> new BigDecimal(n).stripTrailingZeros().toString()).toList());
            case BS -> sorted(digest, "BS", value.bs().stream().map(b -> java.util.Base64.getEncoder().encodeToString(b.asByteArray())).toList());
            case M -> {
                put(digest, "M", Integer.toString(value.m().size()));
                for (Map.Entry<String, AttributeValue> e : new TreeMap<>(value.m()).entrySet()) {
                    put(digest, "K", e.getKey());
                    update(digest, e.getValue());
                }
            }
            case L -> {
                put(digest, "L", Integer.toString(value.l().size()));
                value.l().forEach(v -> update(digest, v));
            }
            default -> put(digest, "?", value.toString());
        }
    }

    private static void sorted(MessageDigest digest, String type, List<String> values) {
        List<String> copy = new ArrayList<>(values);
        copy.sort(null);
        put(digest, type, Integer.toString(copy.size()));
        copy.forEach(v -> put(digest, "E", v));
    }

    private static void put(MessageDigest digest, String tag, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(tag.getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
