package io.lsql.core.sandbox;

import io.lsql.core.LsqlException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A moto server (DynamoDB incl. ImportTable, and S3, in one process) on 127.0.0.1, started with the
 * Python {@link MotoPython} chooses and stopped by PID.
 */
public final class MotoServer implements AutoCloseable {

    private final Path home;
    private final String python;
    private final ServiceProcess process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private int port;

    /** Started with the Python {@link MotoPython#forUser()} finds (or prepares) on {@link #start()}. */
    public MotoServer(Path home) {
        this(home, null);
    }

    /** Started with {@code python}, which has moto. */
    public MotoServer(Path home, String python) {
        this.home = home;
        this.python = python;
        this.process = new ServiceProcess("moto", home.resolve("moto.pid"), home.resolve("logs/moto.log"));
    }

    public void start() {
        String executable = python != null ? python : MotoPython.forUser().resolve(io.lsql.core.ProgressListener.NONE);
        port = FreePort.find();
        Path launcher = writeLauncher();
        process.start(List.of(executable, launcher.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)), home);
        process.awaitReady(this::healthy, Duration.ofSeconds(60));
    }

    /** moto's server behind a wrapper that fixes its ImportTable JSON parsing (see lsql_moto.py). */
    private Path writeLauncher() {
        try (java.io.InputStream in = MotoServer.class.getResourceAsStream("lsql_moto.py")) {
            if (in == null) {
                throw new LsqlException("lsql_moto.py is missing from the build.");
            }
            java.nio.file.Files.createDirectories(home);
            Path launcher = home.resolve("lsql_moto.py");
            java.nio.file.Files.write(launcher, in.readAllBytes());
            return launcher;
        } catch (IOException e) {
            throw new LsqlException("Cannot write the moto launcher into " + home + ": " + e.getMessage(), e);
        }
    }

    private boolean healthy() {
        if (!ServiceProcess.portOpen(port)) {
            return false;
        }
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint() + "/moto-api/"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Drops every table, bucket and import: tests call it to start from an empty AWS side. */
    public void reset() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint() + "/moto-api/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            http.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new LsqlException("Could not reset moto at " + endpoint() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }
}
