package io.lsql.core.cost;

/**
 * DynamoDB's item-size formula, the one home of it: the encoder sums these while it writes an item, and the cost
 * estimate turns the sums into capacity units and storage.
 *
 * <p>From "DynamoDB item sizes and formats" in the Developer Guide
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html): an item's size
 * is the sum of its attribute names (UTF-8 bytes) and values. A string counts its UTF-8 bytes; a number about one
 * byte per two significant digits plus one (leading and trailing zeros trimmed); a binary its raw bytes; a Boolean
 * or null one byte; a list or map 3 bytes plus its elements, each element one more byte. For storage billing every
 * item carries 100 bytes of indexing overhead.
 */
public final class ItemSize {

    /** DynamoDB's item size limit: 400 KB. */
    public static final long MAX_ITEM_BYTES = 400L * 1024;
    /** The storage DynamoDB bills per item on top of its size. */
    public static final long STORAGE_OVERHEAD_BYTES = 100;
    /** A list or map, empty or not. */
    public static final long DOCUMENT_OVERHEAD_BYTES = 3;
    /** Each element of a list or map. */
    public static final long ELEMENT_OVERHEAD_BYTES = 1;
    /** A Boolean or null value. */
    public static final long BOOL_OR_NULL_BYTES = 1;
    /** A write request unit (or WCU second) writes up to 1 KB of an item. */
    public static final long WRITE_UNIT_BYTES = 1024;
    /** A read request unit reads up to 4 KB strongly consistent (two eventually consistent reads). */
    public static final long READ_UNIT_BYTES = 4096;

    private ItemSize() {
    }

    /** The UTF-8 length of {@code text}: a string value's size, or an attribute name's. */
    public static long utf8(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * A number value's size: one byte per two significant digits (rounded up) plus one. Sign, decimal point and
     * exponent don't count; leading and trailing zeros are trimmed ({@code 0.00120} has two significant digits).
     */
    public static long number(String text) {
        int end = text.length();
        int exponent = Math.max(text.indexOf('E'), text.indexOf('e'));
        if (exponent >= 0) {
            end = exponent;
        }
        int first = -1;
        int last = -1;
        int digits = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                if (c != '0') {
                    first = first < 0 ? digits : first;
                    last = digits;
                }
            }
        }
        int significant = first < 0 ? 1 : last - first + 1;
        return (significant + 1) / 2 + 1;
    }

    /** Write request units one standard write of an item of {@code itemBytes} takes: one per started KB, at least one. */
    public static long writeUnits(long itemBytes) {
        return Math.max(1, (itemBytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
    }

    /** Read request units one strongly consistent read of {@code itemBytes} takes: one per started 4 KB, at least one. */
    public static long readUnits(long itemBytes) {
        return Math.max(1, (itemBytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES);
    }

    /** The bytes DynamoDB bills storage for: the item's size plus the per-item overhead. */
    public static long storedBytes(long itemBytes) {
        return itemBytes + STORAGE_OVERHEAD_BYTES;
    }
}
