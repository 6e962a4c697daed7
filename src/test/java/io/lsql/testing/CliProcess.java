package io.lsql.testing;

import io.lsql.core.log.LogFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs {@code lsql} as a separate JVM, as a user would, with its own environment. */
public final class CliProcess {

    public record Result(int exitCode, String out, String err) {
    }

    private CliProcess() {
    }

    public static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = command(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("lsql " + args[0] + " did not finish in 3 minutes");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /** {@code java … io.lsql.Launcher args}: this JVM's class path, and its log folder so a test never logs into ~/.lsql. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        String logDir = System.getProperty(LogFiles.DIR_PROPERTY);
        if (logDir != null) {
            command.add("-D" + LogFiles.DIR_PROPERTY + "=" + logDir);
        }
        command.add("io.lsql.Launcher");
        command.addAll(List.of(args));
        return command;
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
