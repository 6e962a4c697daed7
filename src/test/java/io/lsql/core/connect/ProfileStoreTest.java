package io.lsql.core.connect;

import io.lsql.core.LsqlException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saved passwords: owner-only where no keyring is, and a damaged file is an error that overwrites nothing. */
class ProfileStoreTest {

    @Test
    void aPasswordIsSavedOwnerOnlyAndForgotten(@TempDir Path dir) throws Exception {
        ProfileStore store = new ProfileStore(dir);
        store.savePassword("prod", "Pw-1".toCharArray());
        assertArrayEquals("Pw-1".toCharArray(), store.password("prod").orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secrets.json"))));
        store.savePassword("prod", null);
        assertTrue(store.password("prod").isEmpty());
    }

    @Test
    void aCorruptSecretsFileIsAnErrorAndIsNotOverwritten(@TempDir Path dir) throws Exception {
        String damaged = "{\"prod\": \"Leaked-Pw\", \"stage\": ";
        Files.writeString(dir.resolve("secrets.json"), damaged);
        ProfileStore store = new ProfileStore(dir);
        LsqlException read = assertThrows(LsqlException.class, () -> store.password("prod"));
        assertTrue(read.getMessage().contains("secrets.json cannot be read"), read.getMessage());
        assertFalse(read.getMessage().contains("Leaked-Pw"), "the message quotes the file: " + read.getMessage());
        assertThrows(LsqlException.class, () -> store.savePassword("new", "Pw-2".toCharArray()));
        assertEquals(damaged, Files.readString(dir.resolve("secrets.json")), "the damaged file is kept for the user to mend");
    }

    @Test
    void aCorruptProfilesFileIsAnErrorAndIsNotOverwritten(@TempDir Path dir) throws Exception {
        String damaged = "{\"version\": 1, \"mysql\": [ {\"name\": ";
        Files.writeString(dir.resolve("profiles.json"), damaged);
        ProfileStore store = new ProfileStore(dir);
        LsqlException read = assertThrows(LsqlException.class, store::load);
        assertTrue(read.getMessage().endsWith("fix or delete the file."), read.getMessage());
        assertEquals(damaged, Files.readString(dir.resolve("profiles.json")));
    }

    @Test
    void aReadOnlyProfileSurvivesASaveAndALoad(@TempDir Path dir) {
        ProfileStore store = new ProfileStore(dir);
        MySqlProfile profile = new MySqlProfile("prod", "db.example.com", 3306, "app_db", "app", null, false).withReadOnly(true);
        store.save(store.load().withMySql(profile));
        MySqlProfile loaded = store.load().mysql().get(0);
        assertTrue(loaded.readOnly());
        assertEquals(TlsDefaults.AUTO, loaded.tlsMode());
    }

    @Test
    void withoutADesktopSessionThePasswordsGoToTheOwnerOnlyFile(@TempDir Path dir) {
        // these machines are headless Linux without a D-Bus session: the fallback the README describes
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus == null || bus.isBlank()) {
            assertInstanceOf(FileSecretStore.class, SecretStore.forUser(dir));
        } else {
            assertInstanceOf(KeyringSecretStore.class, SecretStore.forUser(dir));
        }
    }
}
