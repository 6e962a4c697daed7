package io.lsql.ui;

import io.lsql.core.connect.AwsProfile;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignOverride;
import io.lsql.core.proposal.Proposal;
import io.lsql.core.sandbox.SandboxInfo;
import io.lsql.core.schema.Schema;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/** The workbench's shared state: current connections, the schema in view, the user's design overrides and
 * the access-pattern proposal. */
public final class AppState {

    private final ObjectProperty<JdbcSource> mysql = new SimpleObjectProperty<>();
    private final StringProperty mysqlStatus = new SimpleStringProperty("MySQL: not connected");
    private final ObjectProperty<AwsProfile> aws = new SimpleObjectProperty<>();
    private final StringProperty awsStatus = new SimpleStringProperty("AWS: not configured");
    private final ObjectProperty<Schema> schema = new SimpleObjectProperty<>();
    private final ObjectProperty<SandboxInfo> sandbox = new SimpleObjectProperty<>();
    private final ObservableMap<String, DesignOverride> overrides = FXCollections.observableHashMap();
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>();

    public ObjectProperty<JdbcSource> mysqlProperty() {
        return mysql;
    }

    public StringProperty mysqlStatusProperty() {
        return mysqlStatus;
    }

    public ObjectProperty<AwsProfile> awsProperty() {
        return aws;
    }

    public StringProperty awsStatusProperty() {
        return awsStatus;
    }

    public ObjectProperty<Schema> schemaProperty() {
        return schema;
    }

    public ObjectProperty<SandboxInfo> sandboxProperty() {
        return sandbox;
    }

    /** The Patterns pane's last proposal, or {@code null}: the browser shows where it puts the selected table. */
    public ObjectProperty<Proposal> proposalProperty() {
        return proposal;
    }

    /** Design overrides by table name, kept for the migration wizard. */
    public ObservableMap<String, DesignOverride> overrides() {
        return overrides;
    }
}
