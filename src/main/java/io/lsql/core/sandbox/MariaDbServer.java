package io.lsql.core.sandbox;

import io.lsql.core.FileTrees;
import io.lsql.core.LsqlException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A private MariaDB server on 127.0.0.1 with its own data directory, stopped by PID. */
public final class MariaDbServer implements AutoCloseable {

    public static final String USER = "root";

    private final Path home;
    private final MariaDbBinaries binaries;
    private final ServiceProcess process;
    private int port;

    public MariaDbServer(Path home) {
        this(home, MariaDbBinaries.locate());
    }

    public MariaDbServer(Path home, MariaDbBinaries binaries) {
        this.home = home;
        this.binaries = binaries;
        this.process = new ServiceProcess("MariaDB", home.resolve("mariadbd.pid"), home.resolve("logs/mariadb.log"));
    }

    public void start() {
        Path dataDir = home.resolve("data");
        if (!Files.exists(dataDir.resolve("mysql"))) {
            installDataDir(dataDir);
        }
        port = FreePort.find();
        List<String> command = new ArrayList<>(List.of(binaries.server().toString(), "--no-defaults",
                "--basedir=" + binaries.baseDir(), "--datadir=" + dataDir, "--port=" + port,
                "--bind-address=127.0.0.1", "--socket=" + socketPath(), "--skip-name-resolve",
                "--character-set-server=utf8mb4", "--skip-ssl",
                "--max-allowed-packet=64M", "--innodb-buffer-pool-size=256M",
                "--innodb-flush-log-at-trx-commit=2", "--performance-schema=ON", "--pid-file=" + home.resolve("mariadbd.server.pid")));
        if (binaries.baseDir().getFileName().toString().startsWith("mariadb-11")) {
            // the same collation as MySQL 8 and Connector/J's connections, so literals and columns mix in UNIONs
            command.add("--collation-server=utf8mb4_0900_ai_ci");
            command.add("--character-set-collations=utf8mb4=utf8mb4_0900_ai_ci");
        }
        if (runningAsRoot()) {
            command.add("--user=root");
        }
        process.start(command, home);
        process.awaitReady(this::acceptsConnections, Duration.ofSeconds(60));
    }

    private void installDataDir(Path dataDir) {
        if (binaries.installDb() == null) {
            throw new LsqlException("The MariaDB install at " + binaries.baseDir() + " has no mariadb-install-db script; install mariadb-server.");
        }
        try {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>(List.of(binaries.installDb().toString(), "--no-defaults",
                    "--basedir=" + binaries.baseDir(), "--datadir=" + dataDir,
                    "--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"));
            if (runningAsRoot()) {
                command.add("--user=root");
            }
            Path log = home.resolve("logs/mariadb-install.log");
            Files.createDirectories(log.getParent());
            Process install = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (install.waitFor() != 0) {
                FileTrees.delete(dataDir);
                throw new LsqlException("mariadb-install-db failed (exit " + install.exitValue() + "); see " + log);
            }
        } catch (IOException e) {
            throw new LsqlException("Could not initialise the MariaDB data directory " + dataDir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LsqlException("Interrupted while initialising MariaDB.", e);
        }
    }

    private boolean acceptsConnections() {
        if (!ServiceProcess.portOpen(port)) {
            return false;
        }
        try (Connection ignored = DriverManager.getConnection(jdbcUrl(""), USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The unix socket path must stay under ~100 bytes; fall back to the temp dir for deep homes. */
    private Path socketPath() {
        Path socket = home.resolve("mariadb.sock").toAbsolutePath();
        if (socket.toString().length() < 100) {
            return socket;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "lsql-mariadb-" + ProcessHandle.current().pid() + ".sock");
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public MariaDbBinaries binaries() {
        return binaries;
    }

    /** A JDBC URL for {@code database} (empty for none) that streams results and keeps server-side types exact. */
    public String jdbcUrl(String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?sslMode=DISABLED";
    }

    @Override
    public void close() {
        process.close();
    }
}
