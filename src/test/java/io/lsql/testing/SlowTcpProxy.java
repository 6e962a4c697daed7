package io.lsql.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A TCP proxy on 127.0.0.1 that makes every new connection wait {@code delayMillis} before it
 * reaches the upstream server: a database far away, so a connection opened on the wrong thread shows.
 */
public final class SlowTcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final long delayMillis;

    public SlowTcpProxy(int upstreamPort, long delayMillis) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.upstreamPort = upstreamPort;
        this.delayMillis = delayMillis;
        daemon("slow-proxy-accept", this::accept).start();
    }

    public int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                daemon("slow-proxy-connect", () -> connect(client)).start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void connect(Socket client) {
        try {
            Thread.sleep(delayMillis);
            Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            daemon("slow-proxy-up", () -> pump(client, upstream)).start();
            pump(upstream, client);
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ignored) {
            // one side closed: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
