package io.lsql.core.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "REJECT", textBlock = """
            12.50                                    | 12.5
            -0.0                                     | 0
            0                                        | 0
            18446744073709551615                     | 18446744073709551615
            99999999999999999999999999999999999999   | 99999999999999999999999999999999999999
            999999999999999999999999999999999999999  | REJECT
            9.99E+125                                | 9.99E+125
            1E+126                                   | REJECT
            1E-130                                   | 1E-130
            1E-131                                   | REJECT
            1.7976931348623157E308                   | REJECT
            3.4028235E38                             | 340282350000000000000000000000000000000
            """)
    void canonicalTextOrRejectOutsideDynamoDbsRange(String input, String expected) {
        assertEquals(Optional.ofNullable(expected), NumberText.canonical(input));
    }

    @ParameterizedTest(name = "FLOAT {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            3.4028234663852886e38   | 3.4028235E+38
            0.10000000149011612     | 0.1
            1.1754943508222875e-38  | 1.17549435E-38
            """)
    void floatsUseTheShortestTextThatRoundTrips(double fromServer, String expected) {
        assertEquals(expected, NumberText.ofFloat(fromServer));
    }

    /** The hot path's shortcuts must give exactly what the BigDecimal path gives. */
    @Test
    void plainDecimalShortcutsAgreeWithBigDecimal() {
        Random random = new Random(7);
        String[] fixed = {"0", "-0", "0.0", "-0.00", "00", "01", "1.", ".5", "-", "", "+1", "1e5", "1.2.3", "100", "1200.00", "0.000001",
            "0.0000001", "0.0000010", "0.000000", "0.0000000", "-0.000001", "-0.0000001", "10.000000", "123456789012345678901234567890123456.78",
            "1234567890123456789012345678901234567.89", "99999999999999999999999999999999999999", "-620.67", "0.50"};
        java.util.List<String> inputs = new java.util.ArrayList<>(java.util.List.of(fixed));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            int intDigits = random.nextInt(6) == 0 ? 1 + random.nextInt(40) : 1 + random.nextInt(4);
            for (int d = 0; d < intDigits; d++) {
                sb.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean()) {
                sb.append('.');
                int scale = 1 + random.nextInt(random.nextInt(5) == 0 ? 30 : 8);
                for (int d = 0; d < scale; d++) {
                    sb.append(random.nextInt(2) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
                }
            }
            inputs.add(sb.toString());
        }
        for (String input : inputs) {
            BigDecimal parsed;
            try {
                parsed = new BigDecimal(input);
            } catch (NumberFormatException e) {
                parsed = null;
            }
            String plain = NumberText.plainCanonical(input);
            if (plain != null) {
                assertEquals(NumberText.canonical(parsed), Optional.of(plain), input);
            }
            assertEquals(parsed == null ? Optional.empty() : NumberText.canonical(parsed), NumberText.canonical(input), input);
            if (NumberText.printsAsItself(input)) {
                assertEquals(input, parsed.toString(), input);
            } else if (parsed != null && input.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
                org.junit.jupiter.api.Assertions.assertNotEquals(input, parsed.toString(), input);
            }
        }
    }
}
