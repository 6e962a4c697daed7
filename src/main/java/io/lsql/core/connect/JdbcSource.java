package io.lsql.core.connect;

import io.lsql.core.LsqlException;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A MySQL (or MariaDB) database to read from. The password is held as a char array and never
 * appears in {@link #toString()}, messages or logs. A read-only source refuses writes before anything
 * is sent ({@link #requireWritable}) and opens its connections read-only, so the server refuses them too.
 */
public final class JdbcSource {

    private final String url;
    private final String user;
    private final char[] password;
    private final boolean readOnly;

    public JdbcSource(String url, String user, char[] password) {
        this(url, user, password, false);
    }

    public JdbcSource(String url, String user, char[] password, boolean readOnly) {
        if (url == null || !(url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            throw new LsqlException("Not a MySQL JDBC URL: expected jdbc:mysql://host:port/database, got '"
                    + redact(url) + "'.");
        }
        this.url = url.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring("jdbc:mariadb:".length()) : url;
        this.user = user;
        this.password = password == null ? new char[0] : password.clone();
        this.readOnly = readOnly;
    }

    /** Whether every write through this source is refused (a read-only profile, {@code --read-only}). */
    public boolean readOnly() {
        return readOnly;
    }

    /** This source, refusing writes. */
    public JdbcSource asReadOnly() {
        return new JdbcSource(url, user, password, true);
    }

    /** Fails with one sentence, before anything is sent, when this source is read-only; {@code what} names the write. */
    public void requireWritable(String what) {
        if (readOnly) {
            throw new LsqlException(what + " was refused: the connection to " + address()
                    + " is read-only, and nothing was sent to the server.");
        }
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    /** The URL without its userinfo and password-like parameters ({@link JdbcUrls}): safe for manifests and plan files. */
    public String urlWithoutSecrets() {
        return JdbcUrls.withoutSecrets(url);
    }

    /** {@code text} with this source's password and every secret of its URL shown as ***: for error messages. */
    public String scrub(String text) {
        List<String> secrets = JdbcUrls.secretValues(url);
        if (password.length > 0) {
            secrets.add(new String(password));
        }
        return JdbcUrls.scrub(text, secrets);
    }

    /** host:port for messages. */
    public String address() {
        try {
            URI uri = URI.create(url.substring("jdbc:".length()));
            return uri.getHost() + ":" + (uri.getPort() < 0 ? 3306 : uri.getPort());
        } catch (IllegalArgumentException e) {
            return "the configured host";
        }
    }

    /** The host named in the URL, or empty. */
    public String host() {
        try {
            String host = URI.create(url.substring("jdbc:".length())).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The database named in the URL, or empty. */
    public String database() {
        try {
            String path = URI.create(url.substring("jdbc:".length())).getPath();
            return path == null || path.length() <= 1 ? "" : path.substring(1);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** What the driver is given besides the URL: credentials, timeouts, and the safe TLS defaults. */
    Properties properties() {
        Properties props = new Properties();
        props.setProperty("user", user == null ? "" : user);
        if (password.length > 0) {
            // set only when given: an empty property would override a password in the URL
            props.setProperty("password", new String(password));
        }
        props.setProperty("connectTimeout", "10000");
        boolean loopback = TlsDefaults.isLoopback(host());
        String tls = TlsDefaults.sslMode(url);
        if (tls == null && !loopback) {
            // a URL that names no TLS mode gets one that checks the server, not Connector/J's PREFERRED
            props.setProperty("sslMode", TlsDefaults.REMOTE);
            tls = TlsDefaults.REMOTE;
        }
        if (loopback || TlsDefaults.encrypts(tls)) {
            // the RSA key exchange for caching_sha2_password is safe only where no one can sit in between
            props.setProperty("allowPublicKeyRetrieval", "true");
        }
        props.setProperty("zeroDateTimeBehavior", "CONVERT_TO_NULL");
        // YEAR is a number in the type mapping, not a date
        props.setProperty("yearIsDateType", "false");
        return props;
    }

    public Connection open() {
        Properties props = properties();
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            throw ConnectionErrors.translate(e, this);
        }
        if (readOnly) {
            return readOnly(connection);
        }
        return connection;
    }

    /** Opens a connection for reading only: the server refuses writes on it. */
    public Connection openReadOnly() {
        return readOnly(open());
    }

    /** {@code SET SESSION TRANSACTION READ ONLY} through the driver: the server refuses every write on it. */
    private Connection readOnly(Connection connection) {
        try (java.sql.Statement session = connection.createStatement()) {
            connection.setReadOnly(true);
            session.execute("SET SESSION TRANSACTION READ ONLY");
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw ConnectionErrors.translate(e, this);
        }
    }

    /** A copy of this source pointing at another database on the same server. */
    public JdbcSource withDatabase(String database) {
        String base = url;
        int query = base.indexOf('?');
        String params = query < 0 ? "" : base.substring(query);
        String head = query < 0 ? base : base.substring(0, query);
        int slash = head.indexOf('/', "jdbc:mysql://".length());
        String server = slash < 0 ? head : head.substring(0, slash);
        return new JdbcSource(server + "/" + database + params, user, password, readOnly);
    }

    public void clearPassword() {
        Arrays.fill(password, '\0');
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    static String redact(String url) {
        return url == null ? "" : JdbcUrls.redact(url);
    }

    @Override
    public String toString() {
        return redact(url) + " as " + user;
    }
}
