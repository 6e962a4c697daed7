package io.lsql.ui.crud;

import io.lsql.core.crud.DynamoCall;
import io.lsql.core.crud.DynamoError;
import io.lsql.core.crud.DynamoOperation;
import io.lsql.core.crud.DynamoResult;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.ItemValue;
import io.lsql.core.crud.SqlCursor;
import io.lsql.core.crud.SqlError;
import io.lsql.core.crud.SqlResult;
import io.lsql.core.crud.SqlStatement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each side's status line as the user reads it. */
class StatusTextTest {

    static final SqlStatement SELECT = new SqlStatement("SELECT 1", List.of());
    static final DynamoCall QUERY = DynamoCall.of(DynamoOperation.QUERY, "Customers");
    static final Item KEY = Item.EMPTY.with("cust_id", ItemValue.s("0003"));

    static Stream<Arguments> mysql() {
        return Stream.of(
                Arguments.of(null, false, "MySQL: not run"),
                Arguments.of(new SqlResult(SELECT, List.of(), 0, null, null, null), false, "MySQL: 0 rows"),
                Arguments.of(new SqlResult(SELECT, List.of(), 0, null, SqlCursor.FIRST, null), false, "MySQL: 0 rows, more on the next page"),
                Arguments.of(new SqlResult(SELECT, List.of(), 1, null, null, null), true, "MySQL: 1 row affected"),
                Arguments.of(new SqlResult(SELECT, List.of(), 0, new SqlError(1062, "23000", "Duplicate entry '0003' for key 'PRIMARY'"),
                        null, null), true, "MySQL: ERROR 1062 (23000): Duplicate entry '0003' for key 'PRIMARY'"));
    }

    static Stream<Arguments> dynamo() {
        return Stream.of(
                Arguments.of(null, false, "DynamoDB: not run"),
                Arguments.of(new DynamoResult(QUERY, List.of(), null, 3, 3, null, 1, 0, null, null), false,
                        "DynamoDB: Count 3, ScannedCount 3, consumed capacity not reported, 1 request"),
                Arguments.of(new DynamoResult(QUERY, List.of(), KEY, 10, 1000, 12.5, 4, 0, null, null), false,
                        "DynamoDB: Count 10, ScannedCount 1000, consumed capacity 12.5, 4 requests, more on the next page"),
                Arguments.of(new DynamoResult(QUERY, List.of(), null, 0, 0, 1.0, 1, 1, KEY, null), true,
                        "DynamoDB: 1 item affected, consumed capacity 1.0, old item {\"cust_id\":{\"S\":\"0003\"}}"),
                Arguments.of(new DynamoResult(QUERY, List.of(), null, 0, 0, null, 1, 0, null, new DynamoError(
                        DynamoError.CONDITIONAL_CHECK_FAILED, "The conditional request failed",
                        "Duplicate entry '0003' for key 'PRIMARY' (1062)")), true,
                        "DynamoDB: Duplicate entry '0003' for key 'PRIMARY' (1062); ConditionalCheckFailedException: The conditional request failed"));
    }

    @ParameterizedTest
    @MethodSource
    void mysql(SqlResult result, boolean write, String expected) {
        assertEquals(expected, StatusText.mysql(result, write));
    }

    @ParameterizedTest
    @MethodSource
    void dynamo(DynamoResult result, boolean write, String expected) {
        assertEquals(expected, StatusText.dynamo(result, write));
    }
}
