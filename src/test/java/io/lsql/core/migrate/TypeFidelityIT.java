package io.lsql.core.migrate;

import io.lsql.core.load.LoadMethod;
import io.lsql.core.sample.SampleDatabases;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every edge value of types_demo through both load paths into DynamoDB, checked against the type-mapping contract. */
@IntegrationTest
class TypeFidelityIT {

    @ParameterizedTest(name = "load {0}")
    @ValueSource(strings = {"batch", "import"})
    void everyTypeArrivesAsTheContractSays(String load, Sandbox sandbox, @TempDir Path dir) throws Exception {
        String table = "types_" + load;
        String stage = "import".equals(load) ? Migrations.s3Stage(sandbox) : dir.resolve("stage").toString();
        RunSummary summary = Migrations.service(sandbox, SampleDatabases.TYPES_DEMO)
                .migrate(Migrations.plan(MigrationSource.Kind.TABLE, "type_samples", table, stage, LoadMethod.parse(load)));
        assertEquals(LoadMethod.parse(load), summary.load().method());
        assertEquals(9, summary.rowsRead());
        assertEquals(2, summary.rejected(), "DOUBLE max and min are outside DynamoDB's number range");
        assertEquals(5, summary.zeroDates());
        assertTrue(summary.verify().equal(), summary.verify().toString());
        assertEquals(7, summary.verify().targetItems());
        if ("batch".equals(load)) {
            String rejects = Files.readString(Path.of(stage, "rejects.jsonl"));
            assertEquals(2, rejects.lines().count());
            assertTrue(rejects.contains("\"key\":\"id=7\"") && rejects.contains("outside DynamoDB's number range"), rejects);
        }
        try (DynamoDbClient dynamo = Databases.aws(sandbox).dynamoDb()) {
            checkMaxima(get(dynamo, table, 1));
            checkMinima(get(dynamo, table, 2));
            assertEquals(Map.of("id", AttributeValue.fromN("3")), get(dynamo, table, 3), "NULL leaves attributes out");
            checkEmpties(get(dynamo, table, 4));
            checkUnicodeAndEscapes(get(dynamo, table, 5));
            checkPrecision(get(dynamo, table, 6));
            Map<String, AttributeValue> zero = get(dynamo, table, 9);
            assertFalse(zero.containsKey("c_date") || zero.containsKey("c_datetime") || zero.containsKey("c_timestamp6"));
            assertEquals("zero dates", zero.get("c_varchar255").s());
            assertTrue(dynamo.getItem(b -> b.tableName(table).key(Map.of("id", AttributeValue.fromN("7")))).item().isEmpty());
        }
    }

    private static void checkMaxima(Map<String, AttributeValue> item) {
        number(item, "c_tinyint", "127");
        assertEquals(AttributeValue.fromBool(true), item.get("c_bool"));
        number(item, "c_bigint", "9223372036854775807");
        number(item, "c_bigint_unsigned", "18446744073709551615");
        number(item, "c_decimal_10_2", "99999999.99");
        number(item, "c_decimal_38_10", "9999999999999999999999999999.9999999999");
        assertEquals("99999999999999999999999999999999999.999999999999999999999999999999", item.get("c_decimal_65_30").s());
        number(item, "c_float", "3.4028235E38");
        number(item, "c_double", "9.99E125");
        assertEquals(AttributeValue.fromBool(true), item.get("c_bit1"));
        assertEquals("0fff", hex(item.get("c_bit12")));
        assertEquals(65535, item.get("c_text").s().length());
        assertEquals("large", item.get("c_enum").s());
        assertEquals(List.of("a", "b", "c", "d"), item.get("c_set").ss().stream().sorted().toList());
        assertEquals(66000, item.get("c_longblob").b().asByteArray().length);
        Map<String, AttributeValue> json = item.get("c_json").m();
        number(json, "max_int", "18446744073709551615");
        number(json, "pi", "3.141592653589793");
        assertEquals(3, json.get("list").l().size());
        assertEquals("9999-12-31", item.get("c_date").s());
        assertEquals("9999-12-31T23:59:59", item.get("c_datetime").s());
        assertEquals("9999-12-31T23:59:59.999999", item.get("c_datetime6").s());
        assertEquals("2038-01-19T03:14:07Z", item.get("c_timestamp").s());
        assertEquals("2038-01-19T03:14:07.999999Z", item.get("c_timestamp6").s());
        assertEquals("838:59:59", item.get("c_time").s());
        assertEquals("838:59:59.000", item.get("c_time3").s());
        number(item, "c_year", "2155");
        assertEquals("POLYGON((0 0,10 0,10 10,0 10,0 0))", item.get("c_geometry").s());
        assertEquals("POINT(180 90)", item.get("c_point").s());
    }

    private static void checkMinima(Map<String, AttributeValue> item) {
        number(item, "c_bigint", "-9223372036854775808");
        number(item, "c_decimal_38_10", "-9999999999999999999999999999.9999999999");
        number(item, "c_float", "-3.4028235E38");
        assertEquals(AttributeValue.fromBool(false), item.get("c_bool"));
        assertEquals("0000", hex(item.get("c_bit12")));
        assertEquals("-838:59:59", item.get("c_time").s());
        assertEquals("1970-01-01T00:00:01Z", item.get("c_timestamp").s());
        number(item, "c_year", "1901");
        assertEquals(3, item.get("c_json").l().size());
        number(item.get("c_json").l().get(2), "-0.00001");
    }

    private static void checkEmpties(Map<String, AttributeValue> item) {
        assertEquals("", item.get("c_varchar255").s(), "'' stays \"\"");
        assertEquals("", item.get("c_longtext").s());
        assertFalse(item.containsKey("c_set"), "an empty SET leaves the attribute out");
        assertEquals("0000000000000000", hex(item.get("c_binary8")), "BINARY(8) pads with zero bytes");
        assertEquals(0, item.get("c_varbinary64").b().asByteArray().length);
        assertTrue(item.get("c_json").m().isEmpty());
        number(item, "c_year", "0");
        number(item, "c_decimal_10_2", "0");
    }

    private static void checkUnicodeAndEscapes(Map<String, AttributeValue> item) {
        assertEquals("😀𝄞", item.get("c_char10").s());
        assertEquals("It's a \"quote\", a back\\slash, a new\nline and a\ttab", item.get("c_varchar255").s());
        assertEquals("00ff00", hex(item.get("c_blob")));
        assertEquals("00ff0000ff00", hex(item.get("c_longblob")));
        assertEquals("0aaa", hex(item.get("c_bit12")));
        number(item, "c_float", "0.1");
        number(item, "c_double", "0.1");
        assertEquals("-01:02:03", item.get("c_time").s());
        assertEquals("-01:02:03.500", item.get("c_time3").s());
        assertEquals("2024-02-29T13:45:30.123456", item.get("c_datetime6").s());
        assertEquals(List.of("b", "d"), item.get("c_set").ss().stream().sorted().toList());
        Map<String, AttributeValue> json = item.get("c_json").m();
        assertEquals("x\"y", json.get("s").s());
        assertEquals("😀", json.get("u").s());
        AttributeValue nested = json.get("a").l().get(2);
        assertEquals(AttributeValue.fromNul(true), nested.m().get("b"));
        assertEquals(AttributeValue.fromBool(true), nested.m().get("c"));
        number(json.get("a").l().get(1), "2.5");
    }

    private static void checkPrecision(Map<String, AttributeValue> item) {
        number(item, "c_bigint_unsigned", "9223372036854775808");
        number(item, "c_decimal_38_10", "1234567890123456789012345678.0123456789");
        assertEquals("12345678901234567890123456789012345.123456789012345678901234567890", item.get("c_decimal_65_30").s());
        number(item, "c_float", "1.17549435E-38");
        number(item, "c_double", "1E-130");
        number(item, "c_decimal_10_2", "-0.01");
        assertEquals("trailing spaces kept in VARCHAR   ", item.get("c_varchar255").s());
        assertEquals("-00:00:00.250", item.get("c_time3").s());
        number(item.get("c_json").l().get(3), "0.30000000000000004");
        assertEquals("LINESTRING(0 0,1 1,2 0)", item.get("c_geometry").s());
    }

    private static Map<String, AttributeValue> get(DynamoDbClient dynamo, String table, int id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("id", AttributeValue.fromN(Integer.toString(id))))).item();
        assertNotNull(item);
        assertFalse(item.isEmpty(), "row " + id + " is in " + table);
        return item;
    }

    private static void number(Map<String, AttributeValue> item, String name, String expected) {
        assertNotNull(item.get(name), name);
        number(item.get(name), expected);
    }

    private static void number(AttributeValue value, String expected) {
        assertNotNull(value.n(), "a number: " + value);
        assertEquals(0, new BigDecimal(expected).compareTo(new BigDecimal(value.n())), value.n() + " = " + expected);
    }

    private static String hex(AttributeValue value) {
        SdkBytes bytes = value.b();
        return HexFormat.of().formatHex(bytes.asByteArray());
    }

}
