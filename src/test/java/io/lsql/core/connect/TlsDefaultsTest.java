package io.lsql.core.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A server that is not on this machine is verified unless the user says otherwise. */
class TlsDefaultsTest {

    @ParameterizedTest
    @CsvSource({
            "AUTO, db.example.com, false, VERIFY_IDENTITY",
            "AUTO, 10.0.0.5, false, VERIFY_IDENTITY",
            "AUTO, 127.0.0.1, false, PREFERRED",
            "AUTO, localhost, false, PREFERRED",
            "AUTO, ::1, false, PREFERRED",
            "AUTO, db.internal, true, REQUIRED",
            "'', db.example.com, false, VERIFY_IDENTITY",
            "DISABLED, db.example.com, false, DISABLED",
            "verify_ca, db.example.com, false, VERIFY_CA",
    })
    void theEffectiveModeVerifiesRemoteServers(String mode, String host, boolean tunnelled, String expected) {
        assertEquals(expected, TlsDefaults.effective(mode, host, tunnelled));
    }

    @Test
    void aNewProfileForARemoteHostVerifiesTheServer() {
        MySqlProfile profile = new MySqlProfile("prod", "db.example.com", 3306, "app_db", "app", null, false);
        assertEquals(TlsDefaults.AUTO, profile.tlsMode());
        assertEquals("jdbc:mysql://db.example.com:3306/app_db?sslMode=VERIFY_IDENTITY", profile.jdbcUrl());
    }

    @ParameterizedTest
    @CsvSource({
            // url, the sslMode the driver is given (empty: the URL's own), whether the public key may be fetched
            "jdbc:mysql://db.example.com:3306/app_db, VERIFY_IDENTITY, true",
            "jdbc:mysql://db.example.com:3306/app_db?sslMode=PREFERRED, '', false",
            "jdbc:mysql://db.example.com:3306/app_db?sslMode=DISABLED, '', false",
            "jdbc:mysql://db.example.com:3306/app_db?sslMode=REQUIRED, '', true",
            "jdbc:mysql://db.example.com:3306/app_db?useSSL=true, '', true",
            "jdbc:mysql://127.0.0.1:3306/app_db, '', true",
            "jdbc:mysql://localhost:3306/app_db?sslMode=DISABLED, '', true",
    })
    void publicKeyRetrievalOnlyOnLoopbackOrOverTls(String url, String sslMode, boolean retrieval) {
        Properties props = new JdbcSource(url, "app", "pw".toCharArray()).properties();
        if (sslMode.isEmpty()) {
            assertNull(props.getProperty("sslMode"), url);
        } else {
            assertEquals(sslMode, props.getProperty("sslMode"), url);
        }
        assertEquals(retrieval, "true".equals(props.getProperty("allowPublicKeyRetrieval")), url);
    }

    @Test
    void aReadOnlyProfileGivesAReadOnlySource() {
        MySqlProfile profile = new MySqlProfile("ro", "127.0.0.1", 3306, "app_db", "app", null, false).withReadOnly(true);
        assertTrue(profile.source(new char[0]).readOnly());
        assertFalse(profile.withReadOnly(false).source(new char[0]).readOnly());
        assertTrue(profile.source(new char[0]).withDatabase("types_demo").readOnly());
    }
}
