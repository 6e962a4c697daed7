package io.lsql.core.connect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Saved passwords in one JSON file readable by its owner alone: the fallback where no keyring is.
 * A file that cannot be read is an error, never an empty store that the next save would overwrite.
 */
public final class FileSecretStore implements SecretStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public FileSecretStore(Path file) {
        this.file = file;
    }

    @Override
    public Optional<char[]> password(String profile) {
        return Optional.ofNullable(read().get(profile)).map(String::toCharArray);
    }

    @Override
    public void savePassword(String profile, char[] password) {
        Map<String, String> secrets = new HashMap<>(read());
        if (password == null && !secrets.containsKey(profile)) {
            return;
        }
        if (password == null) {
            secrets.remove(profile);
        } else {
            secrets.put(profile, new String(password));
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(temp);
            Files.createFile(temp);
            setOwnerOnly(temp);
            JSON.writeValue(temp.toFile(), secrets);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LsqlException("Cannot save the password in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return file + " (readable by you only)";
    }

    private Map<String, String> read() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Map<String, String> secrets = JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() { });
            return secrets == null ? Map.of() : secrets;
        } catch (IOException e) {
            // the parser's message may quote the file's content, i.e. a password: name the file only
            throw new LsqlException("The saved passwords in " + file + " cannot be read (not valid JSON); "
                    + "fix or delete the file, then save the passwords again.");
        }
    }

    private static void setOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the closest equivalent is owner-only read and write
            java.io.File f = file.toFile();
            f.setReadable(false, false);
            f.setReadable(true, true);
            f.setWritable(false, false);
            f.setWritable(true, true);
        }
    }
}
