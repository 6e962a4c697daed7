package io.lsql.core.crud;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The MySQL side's prepared statements, each shown with its bound values. */
class CrudSqlTest {

    static final CrudSql SQL = new CrudSql(TestBindings.accounts());
    static final String COLUMNS = "SELECT `cust_id`, `seq`, `name`, `credit`, `photo`, `region` FROM `Accounts`";

    static Stream<Arguments> statements() {
        RowValues key = RowValues.of("cust_id", "0001", "seq", "7");
        return Stream.of(
                Arguments.of("first page", (Supplier<SqlStatement>) () -> SQL.page(SqlCursor.FIRST, 20),
                        COLUMNS + " ORDER BY `cust_id`, `seq` LIMIT 20"),
                Arguments.of("next page after the last key", (Supplier<SqlStatement>) () -> SQL.page(new SqlCursor(key, 0), 20),
                        COLUMNS + " WHERE (`cust_id`, `seq`) > ('0001', '7') ORDER BY `cust_id`, `seq` LIMIT 20"),
                Arguments.of("get by key", (Supplier<SqlStatement>) () -> SQL.get(key),
                        COLUMNS + " WHERE `cust_id` = '0001' AND `seq` = '7' ORDER BY `cust_id`, `seq`"),
                Arguments.of("every comparison", (Supplier<SqlStatement>) () -> SQL.query(List.of(
                                ColumnPredicate.of("credit", Comparison.GE, "500"), ColumnPredicate.between("seq", "1", "9"),
                                ColumnPredicate.of("name", Comparison.BEGINS_WITH, "50%_off")), 10),
                        COLUMNS + " WHERE `credit` >= '500' AND `seq` BETWEEN '1' AND '9' AND `name` LIKE '50\\\\%\\\\_off%'"
                                + " ORDER BY `cust_id`, `seq` LIMIT 10"),
                Arguments.of("insert: binary as base64", (Supplier<SqlStatement>) () -> SQL.insert(key.with("NAME", "Ann")
                                .with("photo", "AQI=")),
                        "INSERT INTO `Accounts` (`cust_id`, `seq`, `name`, `photo`) VALUES ('0001', '7', 'Ann', FROM_BASE64('AQI='))"),
                Arguments.of("update to NULL", (Supplier<SqlStatement>) () -> SQL.update(key, RowValues.of("region", null)),
                        "UPDATE `Accounts` SET `region` = NULL WHERE `cust_id` = '0001' AND `seq` = '7'"),
                Arguments.of("delete", (Supplier<SqlStatement>) () -> SQL.delete(key),
                        "DELETE FROM `Accounts` WHERE `cust_id` = '0001' AND `seq` = '7'"),
                Arguments.of("keys of matching rows", (Supplier<SqlStatement>) () -> SQL.keys(List.of(ColumnPredicate.eq("region", "North"))),
                        "SELECT `cust_id`, `seq` FROM `Accounts` WHERE `region` = 'North' ORDER BY `cust_id`, `seq`"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void buildsPreparedStatements(String name, Supplier<SqlStatement> statement, String withValues) {
        assertEquals(withValues, statement.get().withValues());
    }

    @Test
    void refusesUnknownColumnsAndEmptyWritesInOneSentence() {
        assertEquals("The table Accounts has no column nme; it has: cust_id, seq, name, credit, photo, region.",
                assertThrows(LsqlException.class, () -> SQL.insert(RowValues.of("nme", "x"))).getMessage());
        assertEquals("Nothing to update: give at least one column to change.",
                assertThrows(LsqlException.class, () -> SQL.update(RowValues.of("cust_id", "1"), RowValues.EMPTY)).getMessage());
        assertEquals("The key column seq needs a value.",
                assertThrows(LsqlException.class, () -> SQL.delete(RowValues.of("cust_id", "1", "seq", null))).getMessage());
    }
}
