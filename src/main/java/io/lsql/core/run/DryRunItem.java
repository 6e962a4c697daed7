package io.lsql.core.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads back from an encoded item line (the bytes the export stages) what the dry run needs beyond its size:
 * the target key, as an unambiguous digest and as text, and which index key attributes the item carries.
 * One streaming pass over the top-level attributes; other values are skipped, not built.
 */
final class DryRunItem {

    private static final JsonFactory JSON = new JsonFactory();
    private static final int KEY_TEXT_LIMIT = 200;

    private final List<String> keyNames;
    private final Map<String, Integer> watched = new HashMap<>();
    private final String[] keyTypes;
    private final String[] keyValues;
    private final MessageDigest md5;
    private long present;

    /** @param watchedAttributes at most 64 attribute names whose presence {@link #has} reports */
    DryRunItem(List<String> keyNames, List<String> watchedAttributes) {
        this.keyNames = List.copyOf(keyNames);
        this.keyTypes = new String[keyNames.size()];
        this.keyValues = new String[keyNames.size()];
        for (String name : watchedAttributes) {
            if (watched.size() == Long.SIZE) {
                throw new IllegalArgumentException("at most 64 watched attributes");
            }
            watched.putIfAbsent(name, watched.size());
        }
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void parse(byte[] line, int length) throws IOException {
        present = 0;
        java.util.Arrays.fill(keyTypes, null);
        java.util.Arrays.fill(keyValues, null);
        try (JsonParser p = JSON.createParser(line, 0, length)) {
            expect(p, JsonToken.START_OBJECT);
            expect(p, JsonToken.FIELD_NAME);
            expect(p, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                expect(p, JsonToken.START_OBJECT);
                Integer bit = watched.get(name);
                if (bit != null) {
                    present |= 1L << bit;
                }
                int key = keyNames.indexOf(name);
                if (key >= 0) {
                    expect(p, JsonToken.FIELD_NAME);
                    keyTypes[key] = p.currentName();
                    p.nextToken();
                    keyValues[key] = p.getText();
                    expect(p, JsonToken.END_OBJECT);
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /** True when the last parsed item has the attribute (one of the watched ones). */
    boolean has(String attribute) {
        Integer bit = watched.get(attribute);
        return bit != null && (present & (1L << bit)) != 0;
    }

    /**
     * A digest of the key attributes: type, length and value of each, numbers by value (so 1.50 and 1.5 are
     * one key, as DynamoDB sees them) and binary by its bytes.
     */
    byte[] keyHash() {
        md5.reset();
        for (int i = 0; i < keyNames.size(); i++) {
            String type = keyTypes[i];
            byte[] bytes = type == null ? new byte[0] : switch (type) {
                case "N" -> new BigDecimal(keyValues[i]).stripTrailingZeros().toPlainString().getBytes(StandardCharsets.UTF_8);
                case "B" -> java.util.Base64.getDecoder().decode(keyValues[i]);
                default -> keyValues[i].getBytes(StandardCharsets.UTF_8);
            };
            md5.update((byte) (type == null ? 0 : type.charAt(0)));
            md5.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            md5.update(bytes);
        }
        return md5.digest();
    }

    /** The key as text, e.g. {@code PK=CUST#1, SK=ORDER#7}, cut to 200 characters. */
    String keyText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keyNames.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(keyNames.get(i)).append('=').append(keyValues[i] == null ? "?" : keyValues[i]);
        }
        return text.length() <= KEY_TEXT_LIMIT ? text.toString() : text.substring(0, KEY_TEXT_LIMIT - 3) + "...";
    }

    private static void expect(JsonParser p, JsonToken token) throws IOException {
        JsonToken actual = p.nextToken();
        if (actual != token) {
            throw new IOException("unexpected " + actual + " in an encoded item, expected " + token);
        }
    }
}
