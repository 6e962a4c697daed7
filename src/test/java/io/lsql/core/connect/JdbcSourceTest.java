package io.lsql.core.connect;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JdbcSourceTest {

    @Test
    void knowsItsAddressAndDatabaseAndNeverShowsThePassword() {
        JdbcSource source = new JdbcSource("jdbc:mysql://db.example.com:3307/app_db?password=hunter2&x=1", "app", "pw".toCharArray());
        assertEquals("db.example.com:3307", source.address());
        assertEquals("app_db", source.database());
        assertFalse(source.toString().contains("hunter2"));
        assertEquals("jdbc:mysql://db.example.com:3307/other?password=hunter2&x=1", source.withDatabase("other").url());
    }

    @Test
    void acceptsMariaDbUrlsAndRejectsOthersInOneSentence() {
        assertEquals("jdbc:mysql://h/db", new JdbcSource("jdbc:mariadb://h/db", "u", null).url());
        LsqlException e = assertThrows(LsqlException.class, () -> new JdbcSource("jdbc:postgresql://u:secret@h/db", "u", null));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }
}
