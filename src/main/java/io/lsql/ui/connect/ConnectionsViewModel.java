package io.lsql.ui.connect;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.ConnectionTester;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.connect.ProfileStore;
import io.lsql.core.connect.SshSettings;
import io.lsql.core.connect.ProfileConnection;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** Connection setup: MySQL profile, AWS target and the sandbox. No javafx.scene here. */
public final class ConnectionsViewModel {

    /** AUTO verifies a server that is not on this machine (io.lsql.core.connect.TlsDefaults). */
    public static final List<String> TLS_MODES = List.of("AUTO", "VERIFY_IDENTITY", "VERIFY_CA", "REQUIRED", "PREFERRED", "DISABLED");

    private final AppState state;
    private final TaskRunner tasks;
    private final ProfileStore store;
    private Sandbox sandbox;
    private ProfileConnection tunnel;

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
    public final StringProperty mysqlResult = new SimpleStringProperty("");
    public final BooleanProperty mysqlFailed = new SimpleBooleanProperty(false);

    public final StringProperty sshHost = new SimpleStringProperty("");
    public final StringProperty sshPort = new SimpleStringProperty("22");
    public final StringProperty sshUser = new SimpleStringProperty("");
    public final StringProperty sshKeyFile = new SimpleStringProperty("");
    public final StringProperty sshPassword = new SimpleStringProperty("");

    public final StringProperty awsProfile = new SimpleStringProperty("");
    public final StringProperty region = new SimpleStringProperty("us-east-1");
    public final StringProperty endpoint = new SimpleStringProperty("");
    public final StringProperty stage = new SimpleStringProperty("");
    public final StringProperty awsResult = new SimpleStringProperty("");
    public final BooleanProperty awsFailed = new SimpleBooleanProperty(false);

    public final StringProperty sandboxStatus = new SimpleStringProperty("Sandbox stopped");
    public final BooleanProperty sandboxRunning = new SimpleBooleanProperty(false);
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final ObservableList<String> savedProfiles = FXCollections.observableArrayList();
    public final ObservableList<String> awsProfiles = FXCollections.observableArrayList();

    public ConnectionsViewModel(AppState state, TaskRunner tasks, ProfileStore store) {
        this.state = state;
        this.tasks = tasks;
        this.store = store;
        refreshProfiles();
        awsProfiles.setAll(AwsConfigProfiles.names());
    }

    private void refreshProfiles() {
        try {
            ProfileStore.Profiles profiles = store.load();
            savedProfiles.setAll(profiles.mysql().stream().map(MySqlProfile::name).toList());
            if (profiles.lastMySql() != null) {
                select(profiles.lastMySql());
            }
            profiles.aws().stream().filter(a -> a.name().equals(profiles.lastAws())).findFirst().ifPresent(this::showAws);
        } catch (RuntimeException e) {
            mysqlResult.set(Errors.sentence(e));
            mysqlFailed.set(true);
        }
    }

    /** Fills the form from a saved profile (its password only if the user chose to save it). */
    public void select(String name) {
        store.load().mysql().stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(p -> {
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
            password.set(p.savePassword() ? store.password(p.name()).map(String::new).orElse("") : "");
        });
    }

    private void showAws(AwsProfile aws) {
        awsProfile.set(aws.profile() == null ? "" : aws.profile());
        region.set(aws.region() == null ? "" : aws.region());
        endpoint.set(aws.endpointUrl() == null ? "" : aws.endpointUrl());
        stage.set(aws.stage() == null ? "" : aws.stage());
    }

    public MySqlProfile profile() {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.get().trim());
        } catch (NumberFormatException e) {
            throw new io.lsql.core.LsqlException("Port must be a number, not '" + port.get() + "'.");
        }
        SshSettings ssh = null;
        if (!sshHost.get().isBlank()) {
            int sshPortNumber;
            try {
                sshPortNumber = Integer.parseInt(sshPort.get().trim());
            } catch (NumberFormatException e) {
                throw new io.lsql.core.LsqlException("SSH port must be a number, not '" + sshPort.get() + "'.");
            }
            ssh = new SshSettings(sshHost.get().trim(), sshPortNumber, sshUser.get().trim(), sshKeyFile.get().trim());
        }
        return new MySqlProfile(profileName.get(), host.get().trim(), portNumber, database.get().trim(), user.get().trim(),
                tlsMode.get(), savePassword.get(), ssh, readOnly.get());
    }


    public AwsProfile awsProfileValue() {
        return new AwsProfile(sandboxRunning.get() ? AwsProfile.SANDBOX : "default", awsProfile.get(), region.get(), endpoint.get(),
                stage.get());
    }

    public void testMySql() {
        MySqlProfile profile;
        try {
            profile = profile();
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        char[] pw = password.get().toCharArray();
        char[] sshPw = sshPassword.get().toCharArray();
        busy.set(true);
        mysqlResult.set("Testing " + profile.host() + ":" + profile.port() + (profile.usesSsh() ? " through " + profile.ssh().host() : "") + "…");
        tasks.run("Test MySQL connection", (progress, cancel) -> {
            try (ProfileConnection connected = ProfileConnection.open(profile, pw, sshPw)) {
                return ConnectionTester.testMySql(connected.source());
            }
        }, info -> {
            busy.set(false);
            mysqlFailed.set(false);
            mysqlResult.set("Connected: " + info.version() + "\n" + String.join("\n", info.privileges()));
        }, this::fail);
    }

    /** Makes this profile the current connection and saves it (the password only if asked to). */
    public void connect() {
        MySqlProfile profile;
        try {
            profile = profile();
            store.save(store.load().withMySql(profile));
            store.savePassword(profile.name(), profile.savePassword() ? password.get().toCharArray() : null);
            savedProfiles.setAll(store.load().mysql().stream().map(MySqlProfile::name).toList());
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        String status = "MySQL: " + profile.user() + "@" + profile.host() + ":" + profile.port() + "/" + profile.database()
                + (profile.readOnly() ? " (read-only)" : "");
        if (!profile.usesSsh()) {
            closeTunnel();
            state.mysqlProperty().set(profile.source(password.get().toCharArray()));
            state.mysqlStatusProperty().set(status);
            return;
        }
        char[] pw = password.get().toCharArray();
        char[] sshPw = sshPassword.get().toCharArray();
        tasks.run("Open SSH tunnel", (progress, cancel) -> ProfileConnection.open(profile, pw, sshPw), connected -> {
            closeTunnel();
            tunnel = connected;
            state.mysqlProperty().set(connected.source());
            state.mysqlStatusProperty().set(status + " via SSH " + profile.ssh().host());
        }, this::fail);
    }

    /** On exit: stops a sandbox this pane started and closes the tunnel. */
    public void shutdown() {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
        closeTunnel();
    }

    /** Closes the SSH tunnel of the current connection, if any (on reconnect and on exit). */
    public void closeTunnel() {
        if (tunnel != null) {
            tunnel.close();
            tunnel = null;
        }
    }

    public void testAws() {
        AwsProfile aws = awsProfileValue();
        busy.set(true);
        awsResult.set("Testing…");
        tasks.run("Test AWS target", (progress, cancel) -> ConnectionTester.testAws(aws.target(), aws.stage()), info -> {
            busy.set(false);
            awsFailed.set(false);
            awsResult.set(info.tables().size() + " DynamoDB table(s)" + (info.tables().isEmpty() ? "" : ": "
                    + String.join(", ", info.tables().subList(0, Math.min(10, info.tables().size())))) + "\n" + info.stage());
        }, e -> {
            busy.set(false);
            awsFailed.set(true);
            awsResult.set(Errors.sentence(e));
        });
    }

    public void applyAws() {
        AwsProfile aws = awsProfileValue();
        store.save(store.load().withAws(aws));
        state.awsProperty().set(aws);
        state.awsStatusProperty().set("AWS: " + aws.target().describe());
    }

    /** Starts the embedded MariaDB + moto and connects the workbench to them, app_db selected. */
    public void startSandbox(Path dir) {
        if (sandbox != null) {
            return;
        }
        busy.set(true);
        sandboxStatus.set("Starting the sandbox…");
        Sandbox starting = new Sandbox(dir);
        tasks.run("Start sandbox", (progress, cancel) -> starting.start(progress), info -> {
            busy.set(false);
            sandbox = starting;
            useSandbox(info);
        }, e -> {
            starting.close();
            fail(e);
            sandboxStatus.set("Sandbox stopped: " + Errors.sentence(e));
        });
    }

    /** Points every connection at a running sandbox. */
    public void useSandbox(SandboxInfo info) {
        URI url = URI.create(info.jdbcUrl().substring("jdbc:".length()));
        profileName.set("sandbox");
        host.set(url.getHost());
        port.set(Integer.toString(url.getPort()));
        database.set("app_db");
        user.set(info.user());
        password.set("");
        tlsMode.set("DISABLED");
        awsProfile.set("");
        region.set(info.region());
        endpoint.set(info.awsEndpoint());
        stage.set("s3://" + Sandbox.STAGE_BUCKET + "/runs");
        sandboxRunning.set(true);
        sandboxStatus.set("Sandbox running: MySQL " + url.getHost() + ":" + url.getPort() + ", DynamoDB + S3 " + info.awsEndpoint());
        state.sandboxProperty().set(info);
        connect();
        applyAws();
    }

    public void stopSandbox() {
        if (sandbox != null) {
            Sandbox running = sandbox;
            sandbox = null;
            tasks.run("Stop sandbox", (progress, cancel) -> {
                running.close();
                return null;
            }, ignored -> { }, this::fail);
        }
        sandboxRunning.set(false);
        sandboxStatus.set("Sandbox stopped");
        state.sandboxProperty().set(null);
    }

    private void fail(Throwable e) {
        busy.set(false);
        mysqlFailed.set(true);
        mysqlResult.set(Errors.sentence(e));
    }
}
