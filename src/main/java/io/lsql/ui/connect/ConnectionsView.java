package io.lsql.ui.connect;

import atlantafx.base.theme.Styles;
import io.lsql.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;

/** Connection setup: MySQL profile, AWS target, sandbox. Layout only; the ViewModel does the work. */
public final class ConnectionsView extends VBox {

    public ConnectionsView(ConnectionsViewModel vm, Path sandboxDir) {
        setSpacing(16);
        setPadding(new Insets(16));
        HBox cards = new HBox(16, mysqlCard(vm), awsCard(vm));
        cards.getChildren().forEach(c -> HBox.setHgrow(c, Priority.ALWAYS));
        getChildren().addAll(title("Connections"), sandboxCard(vm, sandboxDir), cards);
    }

    private Node mysqlCard(ConnectionsViewModel vm) {
        MySqlFormViewModel form = vm.mysql;
        ComboBox<String> saved = new ComboBox<>(vm.savedProfiles);
        saved.setPromptText("Saved profiles");
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                vm.select(saved.getValue());
            }
        });
        ComboBox<String> tls = new ComboBox<>();
        tls.getItems().setAll(MySqlFormViewModel.TLS_MODES);
        tls.valueProperty().bindBidirectional(form.tlsMode);
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(form.password);
        password.setId("mysql-password");
        CheckBox save = new CheckBox("Save password (readable by you only)");
        save.selectedProperty().bindBidirectional(form.savePassword);
        CheckBox readOnly = new CheckBox("Read-only (refuse every write)");
        readOnly.setId("mysql-read-only");
        readOnly.selectedProperty().bindBidirectional(form.readOnly);
        GridPane grid = form(
                "Profile", field(form.profileName, "mysql-profile"), "Host", field(form.host, "mysql-host"),
                "Port", field(form.port, "mysql-port"), "Database", field(form.database, "mysql-database"),
                "User", field(form.user, "mysql-user"), "Password", password, "TLS", tls, "", save, "", readOnly);
        PasswordField sshPassword = new PasswordField();
        sshPassword.textProperty().bindBidirectional(form.sshPassword);
        GridPane sshForm = form("SSH host", field(form.sshHost, "ssh-host"), "SSH port", field(form.sshPort, "ssh-port"),
                "SSH user", field(form.sshUser, "ssh-user"), "Key file", field(form.sshKeyFile, "ssh-key"), "Password", sshPassword);
        javafx.scene.control.TitledPane ssh = new javafx.scene.control.TitledPane("SSH tunnel (database behind a bastion)", sshForm);
        ssh.setExpanded(false);
        Button test = new Button("Test connection");
        test.setId("mysql-test");
        test.setOnAction(e -> vm.testMySql());
        test.setTooltip(new Tooltip("Shows the server version and your privileges, or why it failed (Ctrl+T)"));
        Button connect = new Button("Connect");
        connect.setId("mysql-connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.setDefaultButton(true);
        connect.setOnAction(e -> vm.connect());
        TextArea result = resultArea(form.result, "mysql-result");
        form.failed.addListener((o, was, failed) -> result.pseudoClassStateChanged(Styles.STATE_DANGER, failed));
        return card("MySQL", saved, grid, ssh, new HBox(8, test, connect), result);
    }

    private Node awsCard(ConnectionsViewModel vm) {
        AwsFormViewModel aws = vm.aws;
        ComboBox<String> profile = new ComboBox<>(aws.awsProfiles);
        profile.setEditable(true);
        profile.setPromptText("default chain");
        profile.valueProperty().bindBidirectional(aws.awsProfile);
        GridPane form = form("AWS profile", profile, "Region", field(aws.region, "aws-region"),
                "Endpoint", field(aws.endpoint, "aws-endpoint"), "Stage", field(aws.stage, "aws-stage"));
        ((TextField) form.lookup("#aws-endpoint")).setPromptText("optional: DynamoDB Local, moto, LocalStack");
        ((TextField) form.lookup("#aws-stage")).setPromptText("s3://bucket/prefix or /local/folder");
        Button test = new Button("Test");
        test.setId("aws-test");
        test.setTooltip(new Tooltip("Lists the DynamoDB tables and checks the stage"));
        test.setOnAction(e -> vm.testAws());
        Button apply = new Button("Use");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.applyAws());
        TextArea result = resultArea(aws.result, "aws-result");
        aws.failed.addListener((o, was, failed) -> result.pseudoClassStateChanged(Styles.STATE_DANGER, failed));
        return card("AWS target", new Label("Profile and region, or any DynamoDB/S3-compatible endpoint"), form,
                new HBox(8, test, apply), result);
    }

    private Node sandboxCard(ConnectionsViewModel vm, Path sandboxDir) {
        Button start = new Button("Start sandbox", Icons.of(Icons.PLAY));
        start.setId("sandbox-start");
        start.disableProperty().bind(vm.sandboxRunning.or(vm.busy));
        start.setOnAction(e -> vm.startSandbox(sandboxDir));
        Button stop = new Button("Stop", Icons.of(Icons.STOP));
        stop.disableProperty().bind(vm.sandboxRunning.not());
        stop.setOnAction(e -> vm.stopSandbox());
        Label status = new Label();
        status.textProperty().bind(vm.sandboxStatus);
        status.setWrapText(true);
        HBox row = new HBox(12, start, stop, status);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return card("Sandbox", new Label("Embedded MariaDB with app_db and types_demo, and moto for DynamoDB + S3, on this machine."), row);
    }

    private static TextField field(javafx.beans.property.StringProperty property, String id) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setId(id);
        return field;
    }

    private static TextArea resultArea(javafx.beans.property.StringProperty text, String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.textProperty().bind(text);
        return area;
    }

    private static GridPane form(Object... labelsAndFields) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < labelsAndFields.length; i += 2) {
            grid.add(new Label((String) labelsAndFields[i]), 0, i / 2);
            Node field = (Node) labelsAndFields[i + 1];
            GridPane.setHgrow(field, Priority.ALWAYS);
            if (field instanceof javafx.scene.control.Control control) {
                control.setMaxWidth(Double.MAX_VALUE);
            }
            grid.add(field, 1, i / 2);
        }
        return grid;
    }

    static VBox card(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(10, heading);
        card.getChildren().addAll(content);
        card.getStyleClass().add("card-pane");
        card.setPadding(new Insets(14));
        return card;
    }

    static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_2);
        return label;
    }
}
