package io.lsql.core.connect;

import io.lsql.core.ErrorText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://h:3306/db?password=Secr3t!&sslMode=DISABLED                 | jdbc:mysql://h:3306/db?sslMode=DISABLED",
        "jdbc:mysql://h/db?sslMode=DISABLED&PASSWORD=Secr3t!                      | jdbc:mysql://h/db?sslMode=DISABLED",
        "jdbc:mysql://h/db?password=Secr3t!                                       | jdbc:mysql://h/db",
        "jdbc:mysql://u:Secr3t!@h:3306/db?a=1                                     | jdbc:mysql://h:3306/db?a=1",
        "jdbc:mysql://u:p@ss:w0rd@h/db                                            | jdbc:mysql://h/db",
        "jdbc:mysql://h/db?a=1&pwd=x1&pass=x2&passwd=x3&b=2                       | jdbc:mysql://h/db?a=1&b=2",
        "jdbc:mysql://h/db?password1=a&Password2=b&password3=c&useSSL=true        | jdbc:mysql://h/db?useSSL=true",
        "jdbc:mysql://h/db?trustCertificateKeyStorePassword=t&trustCertificateKeyStoreUrl=file:/k | jdbc:mysql://h/db?trustCertificateKeyStoreUrl=file:/k",
        "jdbc:mysql://h/db?clientCertificateKeyStorePassword=c&sslPassword=s&secret=x&token=y | jdbc:mysql://h/db",
        "jdbc:mysql://(host=h,port=3306,password=x)/db                            | jdbc:mysql://(host=h,port=3306)/db",
        "jdbc:mysql://(password=x,host=h)/db                                      | jdbc:mysql://(host=h)/db",
        "jdbc:mysql://address=(host=h)(password=x)(port=1)/db                     | jdbc:mysql://address=(host=h)(port=1)/db",
        "jdbc:mysql://h:3306/app_db?sslMode=DISABLED                              | jdbc:mysql://h:3306/app_db?sslMode=DISABLED",
    })
    void withoutSecretsKeepsEverythingButTheSecrets(String url, String expected) {
        assertEquals(expected, JdbcUrls.withoutSecrets(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://u:Secr3t!@h/db?password=Secr3t!&Pwd=Pw42          | jdbc:mysql://u:***@h/db?password=***&Pwd=***",
        "failed near jdbc:mysql://h/db?sslMode=DISABLED&token=abc here  | failed near jdbc:mysql://h/db?sslMode=DISABLED&token=*** here",
        "nothing secret in (host=h,port=1)                              | nothing secret in (host=h,port=1)",
    })
    void redactMasksSecretsInAnyText(String text, String expected) {
        assertEquals(expected, JdbcUrls.redact(text));
    }

    @ParameterizedTest
    @CsvSource({"password,true", "PWD,true", "pass,true", "Passwd,true", "password2,true", "sslPassword,true",
        "trustCertificateKeyStorePassword,true", "secret,true", "accessToken,true", "user,false", "sslMode,false",
        "trustCertificateKeyStoreUrl,false", "passThrough,false"})
    void knowsWhichPropertiesAreSecret(String name, boolean secret) {
        assertEquals(secret, JdbcUrls.isSecret(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:mysql://u:Secr3t%21@h/db?password=P%40ss  | Secr3t%21,Secr3t!,P%40ss,P@ss",
    })
    void secretValuesAreFoundAsWrittenAndDecoded(String url, String expected) {
        assertEquals(List.of(expected.split(",")), JdbcUrls.secretValues(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'java.sql.SQLException: Communications link failure\n\nThe last packet sent successfully to the server was 0 ms ago.' | Communications link failure",
        "'\n  Unknown column ''nope'' in ''field list''.\nmore' | Unknown column 'nope' in 'field list'",
        "'com.mysql.cj.exceptions.CJException: java.io.IOException: Broken pipe.' | Broken pipe",
        "'Cannot connect to jdbc:mysql://u:Secr3t!@h/db?password=Secr3t!' | Cannot connect to jdbc:mysql://u:***@h/db?password=***",
    })
    void errorTextIsTheFirstMeaningfulLineWithoutSecrets(String raw, String expected) {
        assertEquals(expected, ErrorText.firstLine(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"jdbc:mysql://u:Secr3t!@h/db?trustCertificateKeyStorePassword=TrustMe42"})
    void aSourceScrubsItsOwnSecretsFromAnyMessage(String url) {
        JdbcSource source = new JdbcSource(url, "u", "Typed-Pa55".toCharArray());
        String scrubbed = source.scrub("driver said: Secr3t! TrustMe42 and Typed-Pa55 (" + url + ")");
        for (String secret : List.of("Secr3t!", "TrustMe42", "Typed-Pa55")) {
            assertFalse(scrubbed.contains(secret), scrubbed);
            assertFalse(source.toString().contains(secret), source.toString());
            assertFalse(source.urlWithoutSecrets().contains(secret), source.urlWithoutSecrets());
        }
        assertTrue(scrubbed.startsWith("driver said: *** *** and ***"), scrubbed);
    }
}
