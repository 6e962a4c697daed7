package io.lsql.ui.connect;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.connect.SshSettings;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.ui.common.Errors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.net.URI;
import java.util.List;

/** The MySQL form: profile fields, the optional SSH tunnel, and the result line of its last action. */
public final class MySqlFormViewModel {

    /** AUTO verifies a server that is not on this machine (io.lsql.core.connect.TlsDefaults). */
    public static final List<String> TLS_MODES = List.of("AUTO", "VERIFY_IDENTITY", "VERIFY_CA", "REQUIRED", "PREFERRED", "DISABLED");

    public final StringProperty profileName = new SimpleStringProperty("local");
    public final StringProperty host = new SimpleStringProperty("127.0.0.1");
    public final StringProperty port = new SimpleStringProperty("3306");
    public final StringProperty database = new SimpleStringProperty("app_db");
    public final StringProperty user = new SimpleStringProperty("root");
    public final StringProperty password = new SimpleStringProperty("");
    public final StringProperty tlsMode = new SimpleStringProperty("AUTO");
    public final BooleanProperty savePassword = new SimpleBooleanProperty(false);
    /** The profile refuses every write (SQL editor, Create VIEW…) before anything is sent. */
    public final BooleanProperty readOnly = new SimpleBooleanProperty(false);

    public final StringProperty sshHost = new SimpleStringProperty("");
    public final StringProperty sshPort = new SimpleStringProperty("22");
    public final StringProperty sshUser = new SimpleStringProperty("");
    public final StringProperty sshKeyFile = new SimpleStringProperty("");
    public final StringProperty sshPassword = new SimpleStringProperty("");

    public final StringProperty result = new SimpleStringProperty("");
    public final BooleanProperty failed = new SimpleBooleanProperty(false);

    /** The profile the form describes; one sentence when a number is not a number. */
    public MySqlProfile profile() {
        SshSettings ssh = sshHost.get().isBlank() ? null
                : new SshSettings(sshHost.get().trim(), number(sshPort, "SSH port"), sshUser.get().trim(), sshKeyFile.get().trim());
        return new MySqlProfile(profileName.get(), host.get().trim(), number(port, "Port"), database.get().trim(), user.get().trim(),
                tlsMode.get(), savePassword.get(), ssh, readOnly.get());
    }

    private static int number(StringProperty field, String label) {
        try {
            return Integer.parseInt(field.get().trim());
        } catch (NumberFormatException e) {
            throw new LsqlException(label + " must be a number, not '" + field.get() + "'.");
        }
    }

    /** Fills the form from a saved profile and its saved password (empty when none was saved). */
    public void fill(MySqlProfile p, char[] savedPassword) {
        profileName.set(p.name());
        host.set(p.host());
        port.set(Integer.toString(p.port()));
        database.set(p.database());
        user.set(p.user());
        tlsMode.set(p.tlsMode());
        savePassword.set(p.savePassword());
        readOnly.set(p.readOnly());
        SshSettings ssh = p.ssh();
        sshHost.set(ssh == null || ssh.host() == null ? "" : ssh.host());
        sshPort.set(ssh == null ? "22" : Integer.toString(ssh.port()));
        sshUser.set(ssh == null || ssh.user() == null ? "" : ssh.user());
        sshKeyFile.set(ssh == null || ssh.keyFile() == null ? "" : ssh.keyFile());
        password.set(savedPassword == null ? "" : new String(savedPassword));
    }

    /** Points the form at a running sandbox's MariaDB, app_db selected. */
    public void fill(SandboxInfo info) {
        URI url = URI.create(info.jdbcUrl().substring("jdbc:".length()));
        profileName.set("sandbox");
        host.set(url.getHost());
        port.set(Integer.toString(url.getPort()));
        database.set("app_db");
        user.set(info.user());
        password.set("");
        tlsMode.set("DISABLED");
        sshHost.set("");
    }

    /** Shows progress or success: the result area loses its error colour. */
    public void succeeded(String text) {
        failed.set(false);
        result.set(text);
    }

    public void failed(Throwable e) {
        failed.set(true);
        result.set(Errors.sentence(e));
    }
}
