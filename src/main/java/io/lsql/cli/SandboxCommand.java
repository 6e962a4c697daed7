package io.lsql.cli;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code lsql sandbox}: start the embedded MariaDB and moto and keep them running until Ctrl+C. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Start a local sandbox (embedded MariaDB with app_db and types_demo, moto for DynamoDB + S3) "
                + "and open the workbench on it.")
public final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "Sandbox directory (default: ~/.lsql/sandbox); MariaDB data is kept there.")
    Path dir;

    @Option(names = "--no-gui", description = "Only start the services and print how to reach them (no workbench window).")
    boolean noGui;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Sandbox sandbox = new Sandbox(dir != null ? dir : Sandbox.defaultDir());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            err.println("Stopping the sandbox...");
            sandbox.close();
            stopped.countDown();
        }, "lsql-sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        SandboxInfo info = sandbox.start((message, done, total) -> err.println((total > 0 ? "[" + done + "/" + total + "] " : "      ") + message));
        out.println("LSQL sandbox is running; data in " + info.dataDir());
        out.println("  MySQL     " + info.jdbcUrl() + "   user " + info.user() + " (no password, 127.0.0.1 only)");
        out.println("  DynamoDB  " + info.awsEndpoint() + "   region " + info.region());
        out.println("  S3        " + info.awsEndpoint() + "   (same moto server, path-style)");
        out.println("To use it from another shell:");
        out.println("  export AWS_ENDPOINT_URL=" + info.awsEndpoint() + " AWS_REGION=" + info.region()
                + " AWS_ACCESS_KEY_ID=" + SandboxInfo.ACCESS_KEY + " AWS_SECRET_ACCESS_KEY=" + SandboxInfo.SECRET_KEY);
        out.println("  java -jar target/lsql.jar design --jdbc-url '" + info.jdbcUrl() + "' --user root --out design --create");
        if (!noGui && io.lsql.Launcher.hasDisplay()) {
            out.println("Opening the workbench; closing its window stops the sandbox.");
            out.flush();
            io.lsql.ui.LsqlApp.open(sandbox);
            return 0;
        }
        if (!noGui) {
            err.println("No display to open the workbench on; the sandbox keeps running without it.");
        }
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }
}
