package io.lsql.core.connect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Connection profiles in {@code ~/.lsql/profiles.json} (versioned JSON, no secrets). Passwords are
 * stored only for profiles whose user opted in: in the system keyring where there is one, else in
 * {@code secrets.json} readable by the owner alone ({@link SecretStore}).
 */
public final class ProfileStore {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path dir;
    private final SecretStore secrets;

    /** Profiles and passwords both in {@code dir} (the tests' choice: never the user's keyring). */
    public ProfileStore(Path dir) {
        this(dir, new FileSecretStore(dir.resolve("secrets.json")));
    }

    public ProfileStore(Path dir, SecretStore secrets) {
        this.dir = dir;
        this.secrets = secrets;
    }

    /** {@code ~/.lsql}, with passwords in the system keyring where there is one. */
    public static ProfileStore inUserHome() {
        Path dir = Path.of(System.getProperty("user.home"), ".lsql");
        return new ProfileStore(dir, SecretStore.forUser(dir));
    }

    /** Where saved passwords go, for the form's wording. */
    public String secretsLocation() {
        return secrets.describe();
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
            throw new LsqlException("Cannot read the profiles in " + file + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "); fix or delete the file.", e);
        }
    }

    public void save(Profiles profiles) {
        try {
            Files.createDirectories(dir);
            Path temp = dir.resolve("profiles.json.tmp");
            JSON.writeValue(temp.toFile(), profiles);
            Files.move(temp, dir.resolve("profiles.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new LsqlException("Cannot save the profiles in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The saved password of a profile, when its user chose to save it. */
    public Optional<char[]> password(String profile) {
        return secrets.password(profile);
    }

    public void savePassword(String profile, char[] password) {
        secrets.savePassword(profile, password);
    }
}
