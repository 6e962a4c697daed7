package io.lsql.ui.editor;

import io.lsql.core.sql.JoinHints;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/** Below the editors: the result grid, the DynamoDB preview and the join hints, over a status bar with the row cap. */
final class ResultsPane extends BorderPane {

    static final int RESULT = 0;
    static final int PREVIEW = 1;

    private final TabPane tabs = new TabPane();
    private final VBox hints = new VBox(6);

    ResultsPane(SqlEditorViewModel vm) {
        TextArea preview = new TextArea();
        preview.setId("sql-preview-text");
        preview.setEditable(false);
        preview.getStyleClass().add("monospace");
        preview.textProperty().bind(vm.items.preview);
        ScrollPane hintScroll = new ScrollPane(hints);
        hintScroll.setFitToWidth(true);
        hintScroll.setPadding(new Insets(8));
        tabs.getTabs().addAll(new Tab("Result", new ResultGrid(vm)), new Tab("DynamoDB preview", preview), new Tab("Join hints", hintScroll));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        setBottom(statusBar(vm));
    }

    private static HBox statusBar(SqlEditorViewModel vm) {
        Label status = new Label();
        status.setId("sql-status");
        status.textProperty().bind(vm.status);
        Spinner<Integer> cap = new Spinner<>(100, 10_000_000, vm.cap.get(), 10_000);
        cap.setEditable(true);
        cap.setPrefWidth(130);
        cap.valueProperty().addListener((o, old, value) -> vm.cap.set(value));
        cap.setTooltip(new Tooltip("Most rows to fetch into the grid"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, new Label("Row cap"), cap);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    void show(int tab) {
        tabs.getSelectionModel().select(tab);
    }

    /** The foreign keys among the statement's tables, each with a button that inserts its join. */
    void showHints(List<JoinHints.Hint> found, Consumer<String> insert) {
        hints.getChildren().clear();
        for (JoinHints.Hint hint : found) {
            Button button = new Button("Insert join");
            button.setOnAction(e -> insert.accept("\n" + hint.join()));
            Label label = new Label(hint.description() + "\n" + hint.join());
            label.setWrapText(true);
            hints.getChildren().add(new HBox(8, button, label));
        }
        if (hints.getChildren().isEmpty()) {
            hints.getChildren().add(new Label("No foreign keys among the tables of this statement."));
        }
    }
}
