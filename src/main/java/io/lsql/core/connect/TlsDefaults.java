package io.lsql.core.connect;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The safe default TLS mode: a server that is not on this machine is verified (certificate and host
 * name); a loopback server, or one reached through an SSH tunnel, is not on a network anyone can sit on.
 */
public final class TlsDefaults {

    /** A profile's TLS mode that lets LSQL choose: {@link #REMOTE} unless the host is loopback. */
    public static final String AUTO = "AUTO";
    /** What a remote server gets when nothing else is said. */
    public static final String REMOTE = "VERIFY_IDENTITY";
    public static final String LOCAL = "PREFERRED";
    /** Through an SSH tunnel the server is reached at 127.0.0.1, which its certificate does not name. */
    public static final String TUNNELLED = "REQUIRED";

    private static final Set<String> ENCRYPTING = Set.of("REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY");
    private static final Pattern SSL_MODE = Pattern.compile("[?&]sslMode=([A-Za-z_]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern USE_SSL = Pattern.compile("[?&](useSSL|requireSSL)=(true|false)", Pattern.CASE_INSENSITIVE);

    private TlsDefaults() {
    }

    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-f:]+")) {
            return false; // a name: never resolved here, so a slow DNS cannot block a form
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The mode a profile connects with: its own, or for {@link #AUTO} the safe default for where the host is. */
    public static String effective(String mode, String host, boolean tunnelled) {
        if (mode != null && !mode.isBlank() && !AUTO.equalsIgnoreCase(mode)) {
            return mode.toUpperCase(Locale.ROOT);
        }
        if (tunnelled) {
            return TUNNELLED;
        }
        return isLoopback(host) ? LOCAL : REMOTE;
    }

    /** The TLS mode a JDBC URL names (sslMode, or the older useSSL/requireSSL), or null when it names none. */
    static String sslMode(String url) {
        Matcher mode = SSL_MODE.matcher(url);
        if (mode.find()) {
            return mode.group(1).toUpperCase(Locale.ROOT);
        }
        Matcher old = USE_SSL.matcher(url);
        if (old.find()) {
            return old.group(2).equalsIgnoreCase("true") ? "REQUIRED" : "DISABLED";
        }
        return null;
    }

    /** Whether the mode always encrypts (a PREFERRED connection may fall back to plain text). */
    static boolean encrypts(String mode) {
        return mode != null && ENCRYPTING.contains(mode.toUpperCase(Locale.ROOT));
    }
}
