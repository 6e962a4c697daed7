package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Connection profiles in {@code ~/.lsql/profiles.json} (versioned JSON, no secrets). Passwords are
 * stored only for profiles whose user opted in, in {@code secrets.json} readable by the owner alone.
 */
public final class ProfileStore {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;

    public ProfileStore(Path dir) {
        this.dir = dir;
    }

    public static ProfileStore inUserHome() {
        return new ProfileStore(Path.of(System.getProperty("user.home"), ".lsql"));
    }

    /** What profiles.json holds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Profiles(int version, List<MySqlProfile> mysql, List<AwsProfile> aws, String lastMySql, String lastAws) {
        public Profiles {
            mysql = mysql == null ? List.of() : List.copyOf(mysql);
            aws = aws == null ? List.of() : List.copyOf(aws);
        }

        public static Profiles empty() {
            return new Profiles(VERSION, List.of(), List.of(), null, null);
        }

        public Profiles withMySql(MySqlProfile profile) {
            List<MySqlProfile> list = new ArrayList<>(mysql.stream().filter(p -> !p.name().equals(profile.name())).toList());
            list.add(profile);
            return new Profiles(VERSION, list, aws, profile.name(), lastAws);
        }

        public Profiles withAws(AwsProfile profile) {
            List<AwsProfile> list = new ArrayList<>(aws.stream().filter(p -> !p.name().equals(profile.name())).toList());
            list.add(profile);
            return new Profiles(VERSION, mysql, list, lastMySql, profile.name());
        }
    }

    public Profiles load() {
        Path file = dir.resolve("profiles.json");
        if (!Files.exists(file)) {
            return Profiles.empty();
        }
        try {
            Profiles profiles = JSON.readValue(file.toFile(), Profiles.class);
            if (profiles.version() > VERSION) {
                throw new LsqlException(file + " was written by a newer LSQL Workbench (version " + profiles.version() + ").");
            }
            return profiles;
        } catch (IOException e) {
            throw new LsqlException("Cannot read the profiles in " + file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public void save(Profiles profiles) {
        try {
            Files.createDirectories(dir);
            JSON.writeValue(dir.resolve("profiles.json").toFile(), profiles);
        } catch (IOException e) {
            throw new LsqlException("Cannot save the profiles in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The saved password of a profile, when its user chose to save it. */
    public Optional<char[]> password(String profile) {
        Map<String, String> secrets = secrets();
        return Optional.ofNullable(secrets.get(profile)).map(String::toCharArray);
    }

    public void savePassword(String profile, char[] password) {
        Map<String, String> secrets = new HashMap<>(secrets());
        if (password == null) {
            secrets.remove(profile);
        } else {
            secrets.put(profile, new String(password));
        }
        Path file = dir.resolve("secrets.json");
        try {
            Files.createDirectories(dir);
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            setOwnerOnly(file);
            JSON.writeValue(file.toFile(), secrets);
        } catch (IOException e) {
            throw new LsqlException("Cannot save the password in " + file + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> secrets() {
        Path file = dir.resolve("secrets.json");
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            @SuppressWarnings("unchecked")
            Map<String, String> map = JSON.readValue(file.toFile(), Map.class);
            return map;
        } catch (IOException e) {
            return Map.of();
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
