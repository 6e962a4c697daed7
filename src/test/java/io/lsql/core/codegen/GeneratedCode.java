package io.lsql.core.codegen;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** Compiles a generated project in-process against this JVM's class path and runs its JUnit tests with the Launcher. */
final class GeneratedCode {

    private GeneratedCode() {
    }

    /** Compiles every source under {@code project}/src into {@code project}/classes; fails the test with the compiler's errors. */
    static Path compile(Path project) throws IOException {
        Path classes = Files.createDirectories(project.resolve("classes"));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                    "-proc:none", "-encoding", "UTF-8", "-Xlint:all,-path,-options", "-Werror");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (!compiled) {
                StringBuilder errors = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    errors.append(d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName()).append(':')
                            .append(d.getLineNumber()).append(": ").append(d.getMessage(null)).append('\n');
                }
                fail("The generated code does not compile:\n" + errors);
            }
        }
        return classes;
    }

    /** Runs the test classes {@code names} (simple names in {@code packageName}) from {@code classes} against {@code endpoint}. */
    static TestExecutionSummary runTests(Path classes, String packageName, List<String> names, String endpoint, String region)
            throws Exception {
        System.setProperty("dynamodb.endpoint", endpoint);
        System.setProperty("dynamodb.region", region);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCode.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            List<Class<?>> tests = new ArrayList<>();
            for (String name : names) {
                tests.add(loader.loadClass(packageName + "." + name));
            }
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(tests.stream().map(org.junit.platform.engine.discovery.DiscoverySelectors::selectClass).toList())
                    .build();
            Launcher launcher = LauncherFactory.create();
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            launcher.execute(request, listener);
            return listener.getSummary();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            System.clearProperty("dynamodb.endpoint");
            System.clearProperty("dynamodb.region");
        }
    }

    /** The summary and every failure's trace, for an assertion message. */
    static String describe(TestExecutionSummary summary) {
        StringWriter text = new StringWriter();
        summary.printTo(new PrintWriter(text));
        summary.printFailuresTo(new PrintWriter(text), 30);
        return text.toString();
    }

    /** The simple names of the generated test classes. */
    static List<String> testClasses(Path project, String packageName) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("src/test/java").resolve(packageName.replace('.', '/')))) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).filter(n -> n.endsWith("DaoTest")).sorted().toList();
        }
    }
}
