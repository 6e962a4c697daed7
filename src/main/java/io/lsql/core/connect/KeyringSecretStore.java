package io.lsql.core.connect;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import io.lsql.core.LsqlException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Optional;

/**
 * Saved passwords in the operating system's keyring (Secret Service on Linux desktops, Keychain,
 * Credential Manager). A password saved in the file before the keyring was used is still found there.
 */
public final class KeyringSecretStore implements SecretStore {

    static final String SERVICE = "LSQL Workbench";
    private static final Logger LOG = LoggerFactory.getLogger(KeyringSecretStore.class);

    private final Keyring keyring;
    private final SecretStore fallback;

    private KeyringSecretStore(Keyring keyring, SecretStore fallback) {
        this.keyring = keyring;
        this.fallback = fallback;
    }

    /** The desktop's keyring, or empty where there is none (no session bus on Linux, an unsupported system). */
    static Optional<KeyringSecretStore> open() {
        if ("off".equalsIgnoreCase(System.getProperty("lsql.keyring"))) {
            return Optional.empty();
        }
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux");
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (linux && (bus == null || bus.isBlank())) {
            LOG.info("No D-Bus session: saved passwords go to the owner-only file");
            return Optional.empty();
        }
        try {
            return Optional.of(new KeyringSecretStore(Keyring.create(), null));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No keyring available ({}): saved passwords go to the owner-only file", e.toString());
            return Optional.empty();
        }
    }

    KeyringSecretStore withFallback(SecretStore file) {
        return new KeyringSecretStore(keyring, file);
    }

    @Override
    public Optional<char[]> password(String profile) {
        try {
            String saved = keyring.getPassword(SERVICE, profile);
            if (saved != null) {
                return Optional.of(saved.toCharArray());
            }
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.debug("No keyring entry for profile {}", profile);
        }
        return fallback == null ? Optional.empty() : fallback.password(profile);
    }

    @Override
    public void savePassword(String profile, char[] password) {
        try {
            if (password == null) {
                deleteQuietly(profile);
            } else {
                keyring.setPassword(SERVICE, profile, new String(password));
            }
        } catch (PasswordAccessException | RuntimeException e) {
            if (fallback == null) {
                throw new LsqlException("The system keyring refused the password of " + profile + ": " + e.getMessage(), e);
            }
            LOG.warn("The keyring refused the password of profile {}; saving it in the owner-only file instead", profile);
            fallback.savePassword(profile, password);
            return;
        }
        if (fallback != null) {
            fallback.savePassword(profile, null);
        }
    }

    private void deleteQuietly(String profile) {
        try {
            keyring.deletePassword(SERVICE, profile);
        } catch (PasswordAccessException e) {
            LOG.debug("No keyring entry to delete for profile {}", profile);
        }
    }

    @Override
    public String describe() {
        return "the system keyring";
    }
}
