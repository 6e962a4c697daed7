package io.lsql.ui.wizard;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Page 1: the app's current MySQL source, AWS target and stage, with Check. */
final class ConnectionsPage extends VBox {

    ConnectionsPage(ConnectionsStepViewModel vm) {
        super(12);
        Label title = new Label("Where the migration reads and writes");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("The wizard uses the connections of the Connections pane (Ctrl+1). Check tests each one: "
                + "the server version and grants, DynamoDB reachable, the stage writable by a small write.");
        hint.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, bold("MySQL"), value("wizard-mysql", vm.mysql));
        grid.addRow(1, bold("DynamoDB"), value("wizard-aws", vm.aws));
        grid.addRow(2, bold("Stage"), value("wizard-stage", vm.stage));
        Button check = new Button("Check");
        check.setId("wizard-check");
        check.disableProperty().bind(vm.checking);
        check.setOnAction(e -> vm.check());
        getChildren().addAll(title, hint, grid, check);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label value(String id, javafx.beans.value.ObservableValue<String> text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }
}
