package io.lsql.core.connect;

import java.nio.file.Path;
import java.util.Optional;

/** Where saved passwords live: the operating system's keyring, else an owner-only file. */
public interface SecretStore {

    Optional<char[]> password(String profile);

    /** Saves the password of {@code profile}, or forgets it when {@code password} is null. */
    void savePassword(String profile, char[] password);

    /** For the form: where a saved password goes ("the system keyring", "~/.lsql/secrets.json…"). */
    String describe();

    /** The keyring when the desktop has one; else (headless Linux, CI) {@code dir/secrets.json}, readable by the owner alone. */
    static SecretStore forUser(Path dir) {
        FileSecretStore file = new FileSecretStore(dir.resolve("secrets.json"));
        return KeyringSecretStore.open().<SecretStore>map(keyring -> keyring.withFallback(file)).orElse(file);
    }
}
