package io.lsql.ui.shell;

import atlantafx.base.theme.Styles;
import io.lsql.ui.AppState;
import io.lsql.ui.common.FxTaskRunner;
import io.lsql.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.TaskProgressView;
import org.kordamp.ikonli.Ikon;

import java.util.LinkedHashMap;
import java.util.Map;

/** The main window: navigation rail, the current pane, the task area and the status bar. */
public final class MainView extends BorderPane {

    public enum Pane { CONNECTIONS, BROWSER, SQL, CRUD, MIGRATE, REPORTS, PATTERNS }

    private final ToggleGroup navigation = new ToggleGroup();
    private final Map<Pane, ToggleButton> buttons = new LinkedHashMap<>();
    private final StackPane content = new StackPane();
    private final Map<Pane, Node> panes = new LinkedHashMap<>();

    public MainView(AppState state, FxTaskRunner tasks, Node connections, Node browser, Node sql, Node crud, Node migrate,
                    Runnable toggleTheme) {
        panes.put(Pane.CONNECTIONS, connections);
        panes.put(Pane.BROWSER, browser);
        panes.put(Pane.SQL, sql);
        panes.put(Pane.CRUD, crud);
        panes.put(Pane.MIGRATE, migrate);
        VBox rail = new VBox(6);
        rail.setPadding(new Insets(10, 6, 10, 6));
        rail.getStyleClass().add("nav-rail");
        rail.getChildren().addAll(
                nav(Pane.CONNECTIONS, "Connections", Icons.CONNECTIONS, "MySQL, AWS and the sandbox (Ctrl+1)", true),
                nav(Pane.BROWSER, "Browser", Icons.BROWSER, "Tables, views and their DynamoDB designs (Ctrl+2)", true),
                nav(Pane.SQL, "SQL", Icons.SQL, "SQL editor with completion and sample data-modeling queries (Ctrl+3)", true),
                nav(Pane.CRUD, "CRUD", Icons.CRUD, "A table and its DynamoDB table side by side, with the code of every call (Ctrl+5)", true),
                nav(Pane.MIGRATE, "Migrate", Icons.MIGRATE, "The migration wizard: plan, dry run, run and report (Ctrl+4)", true),
                nav(Pane.REPORTS, "Reports", Icons.REPORTS, "Design reports: preview, cost, exports, NoSQL Workbench import (Ctrl+6)", false),
                nav(Pane.PATTERNS, "Patterns", Icons.PATTERNS, "The application's access patterns and the design they propose (Ctrl+7)", false));
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Button theme = new Button(null, Icons.of(Icons.THEME));
        theme.setId("toggle-theme");
        theme.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        theme.setTooltip(new Tooltip("Light / dark theme (Ctrl+Shift+D)"));
        theme.setOnAction(e -> toggleTheme.run());
        rail.getChildren().addAll(spacer, new HBox(4, theme, HelpMenu.create(tasks)));
        setLeft(rail);
        setCenter(content);
        setBottom(new VBox(taskArea(tasks), statusBar(state, tasks)));
        navigation.selectedToggleProperty().addListener((o, old, toggle) -> {
            if (toggle == null) {
                navigation.selectToggle(old);
            } else {
                content.getChildren().setAll(panes.get((Pane) toggle.getUserData()));
            }
        });
        show(Pane.CONNECTIONS);
    }

    /** Puts {@code node} behind the rail entry of {@code pane} and enables it. */
    public void addPane(Pane pane, Node node) {
        panes.put(pane, node);
        buttons.get(pane).setDisable(false);
    }

    public void show(Pane pane) {
        ToggleButton button = buttons.get(pane);
        if (!button.isDisabled()) {
            button.setSelected(true);
        }
    }

    private ToggleButton nav(Pane pane, String label, Ikon icon, String tooltip, boolean enabled) {
        ToggleButton button = new ToggleButton(label, Icons.of(icon));
        button.setId("nav-" + pane.name().toLowerCase());
        button.setUserData(pane);
        button.setToggleGroup(navigation);
        button.setTooltip(new Tooltip(tooltip));
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setDisable(!enabled);
        buttons.put(pane, button);
        return button;
    }

    private static Node taskArea(FxTaskRunner tasks) {
        TaskProgressView<javafx.concurrent.Task<?>> view = new TaskProgressView<>();
        javafx.beans.binding.Bindings.bindContent(view.getTasks(), tasks.tasks());
        view.setPrefHeight(110);
        view.setId("task-area");
        view.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(tasks.tasks()));
        view.managedProperty().bind(view.visibleProperty());
        return view;
    }

    private static Node statusBar(AppState state, FxTaskRunner tasks) {
        Label mysql = new Label();
        mysql.setId("status-mysql");
        mysql.textProperty().bind(state.mysqlStatusProperty());
        Label aws = new Label();
        aws.setId("status-aws");
        aws.textProperty().bind(state.awsStatusProperty());
        Label running = new Label();
        running.textProperty().bind(javafx.beans.binding.Bindings.size(tasks.tasks()).asString("%d task(s) running"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, mysql, new Separator(Orientation.VERTICAL), aws, spacer, running);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
