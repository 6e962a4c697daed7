package io.lsql.ui.connect;

import io.lsql.core.connect.AwsConfigFiles;
import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.connect.MySqlProfile;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.core.session.ConnectionSession;
import io.lsql.core.session.ConnectionTester;
import io.lsql.core.session.ProfileBook;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * The Connections pane: the MySQL and AWS forms, the sandbox, and the saved profiles. Every file,
 * network and process operation runs as a background task; each failure shows where it happened.
 */
public final class ConnectionsViewModel {

    private final AppState state;
    private final TaskRunner tasks;
    private final ProfileBook profiles;
    private final ConnectionSession session;
    /** Set once the user or the sandbox has filled the form, so the late-arriving saved profile does not overwrite it. */
    private boolean formChosen;

    public final MySqlFormViewModel mysql = new MySqlFormViewModel();
    public final AwsFormViewModel aws = new AwsFormViewModel();
    public final StringProperty sandboxStatus = new SimpleStringProperty("Sandbox stopped");
    public final BooleanProperty sandboxRunning = new SimpleBooleanProperty(false);
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final ObservableList<String> savedProfiles = FXCollections.observableArrayList();

    public ConnectionsViewModel(AppState state, TaskRunner tasks, ProfileBook profiles, ConnectionSession session) {
        this.state = state;
        this.tasks = tasks;
        this.profiles = profiles;
        this.session = session;
        loadSavedProfiles();
        tasks.run("Read AWS profiles", (progress, cancel) -> AwsConfigFiles.profileNames(), aws.awsProfiles::setAll, aws::failed);
    }

    private void loadSavedProfiles() {
        tasks.run("Read saved profiles", (progress, cancel) -> {
            var saved = profiles.profiles();
            MySqlProfile last = profiles.mysql(saved.lastMySql() == null ? "" : saved.lastMySql()).orElse(null);
            return new Saved(saved.mysql().stream().map(MySqlProfile::name).toList(),
                    last == null ? null : withPassword(last), profiles.lastAws().orElse(null));
        }, saved -> {
            savedProfiles.setAll(saved.names());
            if (!formChosen && saved.last() != null) {
                mysql.fill(saved.last().profile(), saved.last().password());
            }
            if (!formChosen && saved.aws() != null) {
                aws.fill(saved.aws());
            }
        }, mysql::failed);
    }

    private record Saved(List<String> names, Chosen last, AwsProfile aws) {
    }

    /** A saved profile with its saved password ({@code null} when none was saved). */
    private record Chosen(MySqlProfile profile, char[] password) {
    }

    private Chosen withPassword(MySqlProfile profile) {
        return new Chosen(profile, profiles.password(profile).orElse(null));
    }

    /** Fills the form from a saved profile (its password only if the user chose to save it). */
    public void select(String name) {
        formChosen = true;
        tasks.run("Read profile " + name, (progress, cancel) -> profiles.mysql(name).map(this::withPassword).orElse(null), chosen -> {
            if (chosen != null) {
                mysql.fill(chosen.profile(), chosen.password());
            }
        }, mysql::failed);
    }

    public void testMySql() {
        MySqlProfile profile;
        try {
            profile = mysql.profile();
        } catch (RuntimeException e) {
            mysql.failed(e);
            return;
        }
        char[] pw = mysql.password.get().toCharArray();
        char[] sshPw = mysql.sshPassword.get().toCharArray();
        busy.set(true);
        mysql.succeeded("Testing " + profile.host() + ":" + profile.port() + (profile.usesSsh() ? " through " + profile.ssh().host() : "") + "…");
        tasks.run("Test MySQL connection", (progress, cancel) -> ConnectionTester.testMySql(profile, pw, sshPw), info -> {
            busy.set(false);
            mysql.succeeded("Connected: " + info.version() + "\n" + String.join("\n", info.privileges()));
        }, e -> {
            busy.set(false);
            mysql.failed(e);
        });
    }

    /** Saves the profile (the password only if asked to) and makes it the current connection, through its tunnel if any. */
    public void connect() {
        MySqlProfile profile;
        try {
            profile = mysql.profile();
        } catch (RuntimeException e) {
            mysql.failed(e);
            return;
        }
        formChosen = true;
        char[] pw = mysql.password.get().toCharArray();
        char[] sshPw = mysql.sshPassword.get().toCharArray();
        String status = "MySQL: " + profile.user() + "@" + profile.host() + ":" + profile.port() + "/" + profile.database()
                + (profile.usesSsh() ? " via SSH " + profile.ssh().host() : "") + (profile.readOnly() ? " (read-only)" : "");
        tasks.run("Connect to " + profile.name(), (progress, cancel) -> {
            var saved = profiles.saveMySql(profile, pw);
            return new Connected(saved.mysql().stream().map(MySqlProfile::name).toList(), session.connect(profile, pw, sshPw));
        }, connected -> {
            savedProfiles.setAll(connected.names());
            state.mysqlProperty().set(connected.source());
            state.mysqlStatusProperty().set(status);
        }, mysql::failed);
    }

    private record Connected(List<String> names, JdbcSource source) {
    }

    public void testAws() {
        AwsProfile target = aws.value(sandboxRunning.get());
        busy.set(true);
        aws.succeeded("Testing…");
        tasks.run("Test AWS target", (progress, cancel) -> ConnectionTester.testAws(target.target(), target.stage()), info -> {
            busy.set(false);
            aws.succeeded(info.tables().size() + " DynamoDB table(s)" + (info.tables().isEmpty() ? "" : ": "
                    + String.join(", ", info.tables().subList(0, Math.min(10, info.tables().size())))) + "\n" + info.stage());
        }, e -> {
            busy.set(false);
            aws.failed(e);
        });
    }

    /** Makes the form's target the current one at once, and saves it in the background. */
    public void applyAws() {
        AwsProfile target = aws.value(sandboxRunning.get());
        state.awsProperty().set(target);
        state.awsStatusProperty().set("AWS: " + target.target().describe());
        tasks.run("Save AWS target", (progress, cancel) -> profiles.saveAws(target), saved -> { }, aws::failed);
    }

    /** Starts the embedded MariaDB + moto and connects the workbench to them, app_db selected. */
    public void startSandbox(Path dir) {
        if (sandboxRunning.get()) {
            return;
        }
        busy.set(true);
        sandboxStatus.set("Starting the sandbox…");
        tasks.run("Start sandbox", (progress, cancel) -> session.startSandbox(dir, progress), info -> {
            busy.set(false);
            useSandbox(info);
        }, e -> {
            busy.set(false);
            sandboxStatus.set("Sandbox stopped: " + Errors.sentence(e));
        });
    }

    /** Points every connection at a running sandbox. */
    public void useSandbox(SandboxInfo info) {
        formChosen = true;
        mysql.fill(info);
        aws.fill(info);
        sandboxRunning.set(true);
        sandboxStatus.set("Sandbox running: MySQL " + mysql.host.get() + ":" + mysql.port.get() + ", DynamoDB + S3 " + info.awsEndpoint());
        state.sandboxProperty().set(info);
        connect();
        applyAws();
    }

    public void stopSandbox() {
        tasks.run("Stop sandbox", (progress, cancel) -> {
            session.stopSandbox();
            return null;
        }, ignored -> { }, e -> sandboxStatus.set(Errors.sentence(e)));
        sandboxRunning.set(false);
        sandboxStatus.set("Sandbox stopped");
        state.sandboxProperty().set(null);
    }

    /** On exit: stops a sandbox this pane started and closes the SSH tunnel. */
    public void shutdown() {
        session.close();
    }
}
