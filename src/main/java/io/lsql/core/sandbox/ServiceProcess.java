package io.lsql.core.sandbox;

import io.lsql.core.LsqlException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * One local server process we own: started with its output in a log file, its PID written to a
 * pid file, and stopped by that PID. A PID file left by a killed JVM is used to stop the orphan
 * before a new start, so a data directory is never opened by two servers.
 */
public final class ServiceProcess implements AutoCloseable {

    /** Clock granularity between a process's recorded start and its pid file's modification time. */
    private static final Duration PID_FILE_SLACK = Duration.ofMillis(200);

    private final String name;
    private final Path pidFile;
    private final Path logFile;
    private Process process;

    public ServiceProcess(String name, Path pidFile, Path logFile) {
        this.name = name;
        this.pidFile = pidFile;
        this.logFile = logFile;
    }

    public void start(List<String> command, Path workDir) {
        stopOrphan();
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new LsqlException("Could not start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /** Waits until {@code ready} answers true, failing early with the log tail if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new LsqlException(name + " exited during start-up (exit code " + process.exitValue()
                        + "); see " + logFile + ": " + lastLogLine());
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(100);
        }
        close();
        throw new LsqlException(name + " did not become ready within " + timeout.toSeconds() + " s; see " + logFile);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the process by PID: a polite signal first, then a forced kill after ten seconds. */
    @Override
    public void close() {
        if (process != null) {
            stop(process.toHandle());
            process = null;
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is handled by stopOrphan on the next start
        }
    }

    private void stopOrphan() {
        readPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).filter(this::startedBeforePidFile)
                .ifPresent(ServiceProcess::stop);
    }

    /**
     * Whether {@code handle} can be the process the pid file names: the orphan started just before its pid was
     * written, while a process that got the same number later (PIDs are reused, after 32,768 on many machines)
     * started after the orphan died, so after the file was written. Never stop such a stranger.
     */
    boolean startedBeforePidFile(ProcessHandle handle) {
        try {
            Instant written = Files.getLastModifiedTime(pidFile).toInstant();
            return handle.info().startInstant().map(started -> !started.isAfter(written.plus(PID_FILE_SLACK))).orElse(false);
        } catch (IOException e) {
            return false;
        }
    }

    private Optional<Long> readPid() {
        try {
            if (Files.exists(pidFile)) {
                return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
            }
        } catch (IOException | NumberFormatException ignored) {
            // unreadable pid file: nothing to stop
        }
        return Optional.empty();
    }

    private static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    public static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String lastLogLine() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).trim();
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "(empty log)";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LsqlException("interrupted while waiting for a server to start", e);
        }
    }
}
