package io.lsql.testing;

import io.lsql.core.ProgressListener;
import io.lsql.core.sandbox.Sandbox;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Starts one real sandbox (embedded MariaDB + moto, free ports on 127.0.0.1) per test JVM, through
 * the same core class as {@code lsql sandbox}, and stops both servers by PID when the JVM's tests end.
 * Tests receive the {@link Sandbox} as a parameter.
 */
public final class SandboxExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        sandbox(context);
    }

    private static Sandbox sandbox(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("sandbox", key -> new Running(start()), Running.class).sandbox;
    }

    private static Sandbox start() {
        Path dir = Path.of("target", "test-sandbox-" + ProcessHandle.current().pid());
        Sandbox sandbox = new Sandbox(dir);
        sandbox.start(ProgressListener.NONE);
        return sandbox;
    }

    /** Closed by JUnit when the root context closes, i.e. once at the end of the test JVM. */
    private record Running(Sandbox sandbox) implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            sandbox.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return sandbox(extensionContext);
    }
}
