package io.lsql.core.run;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Reads back from an encoded item line (the bytes the export stages) what the dry run needs beyond its size:
 * the target key, as an unambiguous digest and as text, and which index key attributes the item carries.
 *
 * <p>A scan over the line's top-level attributes, not a JSON parse: the lines come from one encoder, which
 * writes {@code {"Item":{"name":{"T":value},…}}} with the table key first, so the scan stops as soon as it has
 * the key and every watched attribute. Values stay in their JSON-escaped form, which is one-to-one with the
 * value (one encoder escapes them all the same way); numbers are compared by value.
 */
final class DryRunItem {

    private static final byte[] PREFIX = "{\"Item\":{".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_TEXT_LIMIT = 200;

    private final List<String> keyNames;
    private final byte[][] keys;
    private final byte[][] watched;
    private final byte[] keyTypes;
    private final int[] keyStart;
    private final int[] keyEnd;
    /** Per watched attribute of the last item: its name and value bytes as encoded (JSON escapes counted). */
    private final long[] watchedBytes;
    private final MessageDigest md5;
    private byte[] line;
    private long present;

    /** @param watchedAttributes at most 64 attribute names whose presence {@link #has} reports */
    DryRunItem(List<String> keyNames, List<String> watchedAttributes) {
        List<String> distinct = watchedAttributes.stream().distinct().toList();
        if (distinct.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 watched attributes");
        }
        this.keyNames = List.copyOf(keyNames);
        this.keys = keyNames.stream().map(DryRunItem::quoted).toArray(byte[][]::new);
        this.watched = distinct.stream().map(DryRunItem::quoted).toArray(byte[][]::new);
        this.keyTypes = new byte[keys.length];
        this.keyStart = new int[keys.length];
        this.keyEnd = new int[keys.length];
        this.watchedBytes = new long[watched.length];
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name as the encoder writes it between quotes. */
    private static byte[] quoted(String name) {
        return JsonStringEncoder.getInstance().quoteAsUTF8(name);
    }

    /** Reads the key and the watched attributes of the line's item; stops once it has them all. */
    void parse(byte[] bytes, int length) throws IOException {
        line = bytes;
        present = 0;
        Arrays.fill(keyTypes, (byte) 0);
        long all = watched.length == Long.SIZE ? -1L : (1L << watched.length) - 1;
        int keysLeft = keys.length;
        if (length < PREFIX.length || !Arrays.equals(bytes, 0, PREFIX.length, PREFIX, 0, PREFIX.length)) {
            throw new IOException("an encoded item does not start with {\"Item\":{");
        }
        int at = PREFIX.length;
        while (at < length && bytes[at] == '"' && (keysLeft > 0 || present != all)) {
            int nameEnd = stringEnd(bytes, at, length);
            int name = indexOf(keys, bytes, at + 1, nameEnd);
            int bit = indexOf(watched, bytes, at + 1, nameEnd);
            int nameBytes = nameEnd - at - 1;
            // after the name: :{"T":value}
            at = nameEnd + 2;
            int valueStart = at;
            if (name >= 0 && keyTypes[name] == 0) {
                at = readKeyValue(bytes, at, length, name);
                keysLeft--;
            } else {
                at = skipValue(bytes, at, length);
            }
            if (bit >= 0) {
                present |= 1L << bit;
                watchedBytes[bit] = nameBytes + valueBytes(bytes, valueStart, at);
            }
            if (at < length && bytes[at] == ',') {
                at++;
            }
        }
    }

    /** At {@code {"T":"value"}}: records T and the value's escaped text; returns the index after the closing brace. */
    private int readKeyValue(byte[] bytes, int at, int length, int key) throws IOException {
        int typeEnd = stringEnd(bytes, at + 1, length);
        keyTypes[key] = bytes[at + 2];
        int valueStart = typeEnd + 2;
        if (valueStart >= length || bytes[valueStart] != '"') {
            throw new IOException("a key attribute of an encoded item is not a string, number or binary value");
        }
        int valueEnd = stringEnd(bytes, valueStart, length);
        keyStart[key] = valueStart + 1;
        keyEnd[key] = valueEnd;
        return valueEnd + 2;
    }

    /** The bytes of the value in {@code {"T":"text"}} (the text), or of the whole encoded value when it is not a scalar. */
    private static int valueBytes(byte[] bytes, int from, int to) {
        int open = from + 5;
        boolean scalar = to - from >= 8 && bytes[from + 1] == '"' && bytes[from + 3] == '"' && bytes[open] == '"';
        return scalar ? to - open - 3 : to - from;
    }

    /** At an object or array: the index after its matching close, strings (and the brackets in them) skipped whole. */
    private static int skipValue(byte[] bytes, int at, int length) throws IOException {
        int depth = 0;
        for (int i = at; i < length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                i = stringEnd(bytes, i, length);
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    return i + 1;
                }
            }
        }
        throw new IOException("an encoded item ends inside a value");
    }

    /** The index of the closing quote of the string whose opening quote is at {@code open}. */
    private static int stringEnd(byte[] bytes, int open, int length) throws IOException {
        for (int i = open + 1; i < length; i++) {
            if (bytes[i] == '\\') {
                i++;
            } else if (bytes[i] == '"') {
                return i;
            }
        }
        throw new IOException("an encoded item ends inside a string");
    }

    private static int indexOf(byte[][] names, byte[] bytes, int from, int to) {
        for (int i = 0; i < names.length; i++) {
            if (Arrays.equals(names[i], 0, names[i].length, bytes, from, to)) {
                return i;
            }
        }
        return -1;
    }

    /** The bit of a watched attribute in {@link #present()}; 0 for an attribute not watched. */
    long bit(String attribute) {
        byte[] name = quoted(attribute);
        for (int i = 0; i < watched.length; i++) {
            if (Arrays.equals(watched[i], name)) {
                return 1L << i;
            }
        }
        return 0;
    }

    /** The watched attributes the last parsed item has, one {@link #bit} each. */
    long present() {
        return present;
    }

    /** The encoded bytes (name and value) of the watched attributes in {@code mask} that the last item has. */
    long watchedBytes(long mask) {
        long bytes = 0;
        long have = mask & present;
        for (int i = 0; i < watched.length; i++) {
            if ((have & (1L << i)) != 0) {
                bytes += watchedBytes[i];
            }
        }
        return bytes;
    }

    /** The encoded bytes (names and values) of the table key of the last item. */
    long keyBytes() {
        long bytes = 0;
        for (int i = 0; i < keys.length; i++) {
            bytes += keys[i].length + (keyTypes[i] == 0 ? 0 : keyEnd[i] - keyStart[i]);
        }
        return bytes;
    }

    /** True when the last parsed item has the attribute (one of the watched ones). */
    boolean has(String attribute) {
        long bit = bit(attribute);
        return bit != 0 && (present & bit) == bit;
    }

    /**
     * A digest of the key attributes: type, length and value of each; numbers by value (1.50 and 1.5 are one
     * key, as DynamoDB sees them), strings and binary by their encoded text.
     */
    byte[] keyHash() {
        md5.reset();
        for (int i = 0; i < keys.length; i++) {
            byte type = keyTypes[i];
            byte[] value;
            int from = keyStart[i];
            int to = keyEnd[i];
            if (type == 'N') {
                value = new BigDecimal(new String(line, from, to - from, StandardCharsets.US_ASCII)).stripTrailingZeros()
                        .toPlainString().getBytes(StandardCharsets.US_ASCII);
                from = 0;
                to = value.length;
            } else {
                value = type == 0 ? new byte[0] : line;
                if (type == 0) {
                    from = 0;
                    to = 0;
                }
            }
            int size = to - from;
            md5.update(type);
            md5.update(new byte[] {(byte) (size >>> 24), (byte) (size >>> 16), (byte) (size >>> 8), (byte) size});
            md5.update(value, from, size);
        }
        return md5.digest();
    }

    /** The key as text, e.g. {@code PK=CUST#1, SK=ORDER#7} (JSON escapes kept), cut to 200 characters. */
    String keyText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < keys.length; i++) {
            text.append(i == 0 ? "" : ", ").append(keyNames.get(i)).append('=')
                    .append(keyTypes[i] == 0 ? "?" : new String(line, keyStart[i], keyEnd[i] - keyStart[i], StandardCharsets.UTF_8));
            if (text.length() > KEY_TEXT_LIMIT) {
                break;
            }
        }
        return text.length() <= KEY_TEXT_LIMIT ? text.toString() : text.substring(0, KEY_TEXT_LIMIT - 3) + "...";
    }
}
