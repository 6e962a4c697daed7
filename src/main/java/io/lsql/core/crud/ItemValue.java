package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.NumberText;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One DynamoDB attribute value, without the AWS SDK (panes may not import it). Scalars keep their text
 * ({@code N} as canonical decimal text, {@code B} as base64); sets their members' texts; {@code M} and
 * {@code L} their nested values. Build values with the factories, which enforce DynamoDB's rules.
 */
public record ItemValue(ItemType type, String text, List<String> members, List<ItemValue> list, Map<String, ItemValue> map) {

    /** Enforces DynamoDB's rules however a value is built: numbers in range (as canonical text), non-empty sets without duplicates. */
    public ItemValue {
        members = members == null ? List.of() : List.copyOf(members);
        list = list == null ? List.of() : List.copyOf(list);
        map = map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
        if (type == ItemType.N) {
            text = number(text);
        }
        if (type == ItemType.NS) {
            members = members.stream().map(ItemValue::number).toList();
        }
        if (type == ItemType.SS || type == ItemType.NS || type == ItemType.BS) {
            checkSet(type, members);
        }
    }

    public static ItemValue s(String text) {
        return new ItemValue(ItemType.S, text, null, null, null);
    }

    /** A number: at most 38 significant digits, magnitude 1E-130 to 9.99E+125; refused in one sentence otherwise. */
    public static ItemValue n(String text) {
        return new ItemValue(ItemType.N, text, null, null, null);
    }

    /** Binary given as base64 (as DynamoDB JSON writes it). */
    public static ItemValue b(String base64) {
        return new ItemValue(ItemType.B, Base64.getEncoder().encodeToString(bytesOf(base64)), null, null, null);
    }

    public static ItemValue bytes(byte[] bytes) {
        return new ItemValue(ItemType.B, Base64.getEncoder().encodeToString(bytes), null, null, null);
    }

    public static ItemValue bool(boolean value) {
        return new ItemValue(ItemType.BOOL, Boolean.toString(value), null, null, null);
    }

    public static ItemValue nul() {
        return new ItemValue(ItemType.NULL, "null", null, null, null);
    }

    public static ItemValue ss(List<String> members) {
        return set(ItemType.SS, members);
    }

    public static ItemValue ns(List<String> members) {
        return set(ItemType.NS, members);
    }

    public static ItemValue bs(List<String> base64Members) {
        return set(ItemType.BS, base64Members.stream().map(m -> Base64.getEncoder().encodeToString(bytesOf(m))).toList());
    }

    public static ItemValue m(Map<String, ItemValue> map) {
        return new ItemValue(ItemType.M, null, null, null, map);
    }

    public static ItemValue l(List<ItemValue> list) {
        return new ItemValue(ItemType.L, null, null, list, null);
    }

    /** The bytes of a B value. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(text);
    }

    /** Short text for a grid cell: the scalar's text, a set's members, a document as DynamoDB JSON. */
    public String display() {
        return switch (type) {
            case S, N, B, BOOL, NULL -> text;
            case SS, NS, BS -> members.toString();
            case M, L -> ItemCodec.json(this);
        };
    }

    private static ItemValue set(ItemType type, List<String> members) {
        return new ItemValue(type, null, members, null, null);
    }

    private static void checkSet(ItemType type, List<String> members) {
        if (members.isEmpty()) {
            throw new LsqlException("A " + type + " set needs at least one member: DynamoDB has no empty sets.");
        }
        if (members.stream().distinct().count() != members.size()) {
            throw new LsqlException("A " + type + " set may not hold the same member twice.");
        }
    }

    static String number(String text) {
        String trimmed = text == null ? "" : text.strip();
        return NumberText.canonical(trimmed).orElseThrow(() -> new LsqlException("'" + text + "' is not a DynamoDB number:"
                + " write a decimal of at most 38 significant digits between 1E-130 and 9.99E+125."));
    }

    private static byte[] bytesOf(String base64) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new LsqlException("'" + base64 + "' is not base64: binary values are written as base64 text.", e);
        }
    }
}
