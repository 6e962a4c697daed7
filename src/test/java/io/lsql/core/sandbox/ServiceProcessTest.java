package io.lsql.core.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServiceProcessTest {

    @Test
    void aProcessThatGotAStalePidFilesNumberLaterIsNeverStopped(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("server.pid");
        Process stranger = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(pidFile, Long.toString(stranger.pid()));
            Files.setLastModifiedTime(pidFile, FileTime.from(Instant.now().minusSeconds(3600)));
            try (ServiceProcess service = new ServiceProcess("test", pidFile, dir.resolve("logs/test.log"))) {
                assertFalse(service.startedBeforePidFile(stranger.toHandle()));
                service.start(List.of("sleep", "5"), dir);
                assertTrue(stranger.isAlive(), "the process now holding the stale PID was left alone");
            }
        } finally {
            stranger.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theOrphanAPidFileNamesIsStoppedBeforeANewStart(@TempDir Path dir) throws Exception {
        Path pidFile = dir.resolve("server.pid");
        Process orphan = new ProcessBuilder("sleep", "30").start();
        try {
            Files.writeString(pidFile, Long.toString(orphan.pid()));
            try (ServiceProcess service = new ServiceProcess("test", pidFile, dir.resolve("logs/test.log"))) {
                assertTrue(service.startedBeforePidFile(orphan.toHandle()));
                service.start(List.of("sleep", "5"), dir);
                assertTrue(orphan.waitFor(15, TimeUnit.SECONDS), "the orphan was stopped");
            }
        } finally {
            orphan.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
