package io.lsql.core.session;

import io.lsql.core.ProgressListener;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.connect.ProfileConnection;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;

import java.nio.file.Path;

/**
 * The workbench's live connections and what keeps them up: the current MySQL connection (with its
 * SSH tunnel when the profile has one) and a sandbox started from the GUI. Opening a new connection
 * closes the previous tunnel; {@link #close} ends everything this session opened. Called from
 * background tasks, so every method may block and all are thread-safe.
 */
public final class ConnectionSession implements AutoCloseable {

    private ProfileConnection mysql;
    private Sandbox sandbox;

    /** Makes {@code profile} the current connection, opening its tunnel first; the previous tunnel closes. */
    public JdbcSource connect(MySqlProfile profile, char[] password, char[] sshPassword) {
        ProfileConnection opened = ProfileConnection.open(profile, password, sshPassword);
        ProfileConnection previous;
        synchronized (this) {
            previous = mysql;
            mysql = opened;
        }
        if (previous != null) {
            previous.close();
        }
        return opened.source();
    }

    /** Starts the embedded MariaDB and moto in {@code dir}; a sandbox that fails to start is cleaned up. */
    public SandboxInfo startSandbox(Path dir, ProgressListener progress) {
        synchronized (this) {
            if (sandbox != null) {
                return sandbox.info();
            }
        }
        Sandbox starting = new Sandbox(dir);
        try {
            SandboxInfo info = starting.start(progress);
            synchronized (this) {
                sandbox = starting;
            }
            return info;
        } catch (RuntimeException e) {
            starting.close();
            throw e;
        }
    }

    public synchronized boolean sandboxRunning() {
        return sandbox != null;
    }

    /** Stops the sandbox this session started, if any. */
    public void stopSandbox() {
        Sandbox running;
        synchronized (this) {
            running = sandbox;
            sandbox = null;
        }
        if (running != null) {
            running.close();
        }
    }

    /** On exit: stops the sandbox this session started and closes the SSH tunnel. */
    @Override
    public void close() {
        stopSandbox();
        ProfileConnection current;
        synchronized (this) {
            current = mysql;
            mysql = null;
        }
        if (current != null) {
            current.close();
        }
    }
}
