package io.lsql.ui.wizard;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.session.ConnectionTester;
import io.lsql.ui.AppState;
import io.lsql.ui.common.Errors;
import io.lsql.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The wizard's first page: the app's current MySQL source, AWS target and stage, each checked on request. */
public final class ConnectionsStepViewModel {

    private final AppState state;
    private final TaskRunner tasks;

    public final StringProperty mysql = new SimpleStringProperty();
    public final StringProperty aws = new SimpleStringProperty();
    public final StringProperty stage = new SimpleStringProperty();
    public final BooleanProperty checking = new SimpleBooleanProperty(false);

    public ConnectionsStepViewModel(AppState state, TaskRunner tasks) {
        this.state = state;
        this.tasks = tasks;
        state.mysqlProperty().addListener((o, old, source) -> describe());
        state.awsProperty().addListener((o, old, target) -> describe());
        describe();
    }

    /** True when a MySQL source and an AWS target with a stage are set: the wizard can plan. */
    public boolean ready() {
        AwsProfile target = state.awsProperty().get();
        return state.mysqlProperty().get() != null && target != null && target.stage() != null && !target.stage().isBlank();
    }

    private void describe() {
        JdbcSource source = state.mysqlProperty().get();
        AwsProfile target = state.awsProperty().get();
        mysql.set(source == null ? "Not connected: connect to MySQL in the Connections pane (Ctrl+1)."
                : source.urlWithoutSecrets() + " as " + source.user() + " (not checked yet)");
        aws.set(target == null ? "No AWS target: set one in the Connections pane." : target.target().describe() + " (not checked yet)");
        stage.set(target == null || target.stage() == null || target.stage().isBlank()
                ? "No stage: set s3://bucket/prefix or a folder with the AWS target." : target.stage() + " (not checked yet)");
    }

    /** Checks all three in the background: the server version and grants, DynamoDB reachable, the stage writable by a small write. */
    public void check() {
        JdbcSource source = state.mysqlProperty().get();
        AwsProfile target = state.awsProperty().get();
        if (source != null) {
            checking.set(true);
            tasks.run("Check MySQL", (progress, cancel) -> ConnectionTester.testMySql(source), info -> {
                mysql.set("OK: " + info.version() + ", " + info.privileges().size() + " grant(s) — " + source.urlWithoutSecrets());
                checking.set(false);
            }, e -> {
                mysql.set("Failed: " + Errors.sentence(e));
                checking.set(false);
            });
        }
        if (target != null) {
            tasks.run("Check AWS target", (progress, cancel) -> ConnectionTester.testAws(target.target(), target.stage()), info -> {
                aws.set("OK: DynamoDB reachable at " + target.target().describe() + ", " + info.tables().size() + " table(s)");
                stage.set("OK: " + info.stage());
            }, e -> {
                aws.set("Failed: " + Errors.sentence(e));
                stage.set("Not checked: the AWS target failed.");
            });
        }
    }
}
