package io.lsql.core.cost;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** DynamoDB's item-size formula on hand-computed values (CapacityUnitCalculations in the Developer Guide). */
class ItemSizeTest {

    @ParameterizedTest(name = "number {0} = {1} B")
    @CsvSource({
        "0, 2",                  // one significant digit: (1 + 1) / 2 + 1
        "7, 2",
        "12, 2",                 // two digits: one byte + one
        "123, 3",                // three digits round up to two bytes + one
        "100, 2",                // trailing zeros trimmed: one digit
        "0.00120, 2",            // leading and trailing zeros trimmed: "12"
        "-12345.6789, 6",        // nine digits: five bytes + one; sign and point don't count
        "1.5E+20, 2",            // the exponent doesn't count: "15"
        "12345678901234567890123456789012345678, 20"})  // 38 digits: 19 + 1
    void numbersTakeOneBytePerTwoSignificantDigitsPlusOne(String number, long bytes) {
        assertEquals(bytes, ItemSize.number(number));
    }

    @ParameterizedTest(name = "string \"{0}\" = {1} B")
    @CsvSource({"'', 0", "abc, 3", "é, 2", "€, 3", "😀, 4", "a€😀, 8"})
    void stringsCountTheirUtf8Bytes(String text, long bytes) {
        assertEquals(bytes, ItemSize.utf8(text));
    }

    @ParameterizedTest(name = "{0} B = {1} WRU, {2} RRU")
    @CsvSource({"0, 1, 1", "1, 1, 1", "1024, 1, 1", "1025, 2, 1", "3500, 4, 1", "4096, 4, 1", "4097, 5, 2", "409600, 400, 100"})
    void writesRoundUpToAKilobyteAndReadsToFour(long bytes, long writeUnits, long readUnits) {
        assertEquals(writeUnits, ItemSize.writeUnits(bytes));
        assertEquals(readUnits, ItemSize.readUnits(bytes));
    }

    @ParameterizedTest(name = "{0} B stored as {1} B")
    @CsvSource({"0, 100", "250, 350", "409600, 409700"})
    void storageAddsAHundredBytesAnItem(long bytes, long stored) {
        assertEquals(stored, ItemSize.storedBytes(bytes));
    }
}
