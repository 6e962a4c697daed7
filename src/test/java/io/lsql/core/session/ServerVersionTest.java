package io.lsql.core.session;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** MariaDB's "5.5.5-" prefix (kept for old MySQL clients) is not its version. */
class ServerVersionTest {

    @ParameterizedTest
    @CsvSource({
            "5.5.5-10.11.19-MariaDB-0+deb12u1, 10.11.19-MariaDB-0+deb12u1",
            "11.4.5-MariaDB, 11.4.5-MariaDB",
            "8.0.36, 8.0.36",
            "5.5.5-ish-MySQL, 5.5.5-ish-MySQL",
    })
    void theVersionIsTheServersOwn(String reported, String shown) {
        assertEquals(shown, ConnectionTester.serverVersion(reported));
    }
}
