package io.lsql.core.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

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
}
