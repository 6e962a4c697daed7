package io.lsql.core.log;

import java.nio.file.Path;

/**
 * Where LSQL Workbench writes its log: {@code ~/.lsql/logs/lsql.log}, rotated by size (logback.xml).
 * The system property {@value #DIR_PROPERTY} moves it (the tests point it into target/).
 */
public final class LogFiles {

    public static final String DIR_PROPERTY = "lsql.logDir";

    private LogFiles() {
    }

    public static Path dir() {
        String configured = System.getProperty(DIR_PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".lsql", "logs");
    }

    public static Path current() {
        return dir().resolve("lsql.log");
    }
}
