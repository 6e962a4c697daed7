package io.lsql.core.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reject reasons as RowMapper and ItemEncoder word them, each in its group. */
class DryRunReasonTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "item is 512023 bytes, over DynamoDB's 400 KB limit | ITEM_OVER_400_KB",
        "partition key pk is 2100 bytes, over DynamoDB's 2048-byte limit | PARTITION_KEY_OVER_2048_B",
        "sort key sk is 1100 bytes, over DynamoDB's 1024-byte limit | SORT_KEY_OVER_1024_B",
        "empty key value | EMPTY_OR_NULL_KEY",
        "key column cust_id is NULL | EMPTY_OR_NULL_KEY",
        "column score: 1.0E200 is outside DynamoDB's number range (38 digits, 1E-130 to 9.99E+125) | NUMBER_OUT_OF_RANGE",
        "index key shelf_key is 2100 bytes, over DynamoDB's 1024-byte limit | INDEX_KEY_REFUSED",
        "index idx_tags key attribute tags holds a SS value, which cannot be an index key | INDEX_KEY_REFUSED",
        "index idx_shelf key attribute shelf is empty, which DynamoDB refuses in an index key | INDEX_KEY_REFUSED",
        "column d: 2026-02-30 is not a calendar date, so it has no epoch-seconds | OTHER",
    })
    void groupsTheMappersWording(String reason, DryRunReason group) {
        assertEquals(group, DryRunReason.of(reason));
    }
}
