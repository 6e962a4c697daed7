package io.lsql.ui.editor;

import io.lsql.core.sql.JoinHints;
import io.lsql.core.sql.SqlFormatter;
import io.lsql.core.sql.SqlStatements;
import io.lsql.ui.common.Icons;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

/** The SQL editor: samples and history, editor tabs, results, DynamoDB preview and join hints. */
public final class SqlEditorView extends SplitPane {

    private final SqlEditorViewModel vm;
    private final TabPane editors = new TabPane();
    private final ResultGrid results;
    private final VBox hints = new VBox(6);
    private final FindBar findBar = new FindBar(() -> current().area());
    private final TabPane resultTabs = new TabPane();
    private final Runnable schemaChanged;
    private int untitled = 1;

    public SqlEditorView(SqlEditorViewModel vm, Runnable schemaChanged) {
        this.vm = vm;
        this.schemaChanged = schemaChanged;
        this.results = new ResultGrid(vm);
        getItems().addAll(new SamplesAndHistory(vm, (text, title) -> newTab(text, title)), mainPane());
        setDividerPositions(0.22);
        newTab("-- Ctrl+Enter runs the statement at the caret; Ctrl+Space completes.\nSELECT * FROM Customers;\n", "Query 1");
        vm.errorRange.addListener((o, old, range) -> {
            if (range != null) {
                current().markError(range[0], range[1]);
            }
        });
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                shortcuts(scene);
            }
        });
    }

    private Node resultsPane() {
        TextArea preview = new TextArea();
        preview.setId("sql-preview-text");
        preview.setEditable(false);
        preview.getStyleClass().add("monospace");
        preview.textProperty().bind(vm.preview);
        javafx.scene.control.ScrollPane hintScroll = new javafx.scene.control.ScrollPane(hints);
        hintScroll.setFitToWidth(true);
        hintScroll.setPadding(new Insets(8));
        resultTabs.getTabs().addAll(new Tab("Result", results), new Tab("DynamoDB preview", preview), new Tab("Join hints", hintScroll));
        resultTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Label status = new Label();
        status.setId("sql-status");
        status.textProperty().bind(vm.status);
        Spinner<Integer> cap = new Spinner<>(100, 10_000_000, vm.cap.get(), 10_000);
        cap.setEditable(true);
        cap.setPrefWidth(130);
        cap.valueProperty().addListener((o, old, value) -> vm.cap.set(value));
        cap.setTooltip(new Tooltip("Most rows to fetch into the grid"));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, new Label("Row cap"), cap);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        BorderPane pane = new BorderPane(resultTabs);
        pane.setBottom(bar);
        return pane;
    }

    private Node mainPane() {
        editors.setId("editor-tabs");
        SplitPane split = new SplitPane(editors, resultsPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        return new VBox(toolbar(), findBar, split);
    }

    private ToolBar toolbar() {
        Button run = button("Run", Icons.PLAY, "Run the statement at the caret or the selection (Ctrl+Enter)", this::run);
        run.setId("sql-run");
        run.getStyleClass().add("run-button");
        run.disableProperty().bind(vm.running);
        Button cancel = button("Cancel", Icons.STOP, "Cancel the running statement (Esc)", vm::cancel);
        cancel.setId("sql-cancel");
        cancel.disableProperty().bind(vm.running.not());
        Button format = button("Format", Icons.CODE_FORMAT, "Format the selection or the whole script (Ctrl+Shift+F)", this::format);
        format.setId("sql-format");
        Button view = button("Create VIEW…", Icons.VIEW, "CREATE OR REPLACE VIEW from this query", this::createView);
        view.setId("sql-create-view");
        Button preview = button("Preview items", Icons.PREVIEW, "The first rows as DynamoDB items", this::preview);
        preview.setId("sql-preview");
        Button migrate = button("Migrate…", Icons.MIGRATE, "Export, load and verify this query into DynamoDB", this::migrate);
        Button open = button(null, Icons.OPEN, "Open a .sql file (Ctrl+O)", this::open);
        Button save = button(null, Icons.SAVE, "Save (Ctrl+S)", this::save);
        Button add = button(null, Icons.ADD, "New tab (Ctrl+N)", () -> newTab("", "Query " + (++untitled)));
        return new ToolBar(run, cancel, WritesToggle.create(editors, vm.connectionReadOnly), format, view, preview, migrate, add,
                open, save);
    }

    private static Button button(String text, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, Icons.of(icon));
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    public EditorPane newTab(String text, String title) {
        EditorPane pane = new EditorPane(text, vm::completion);
        Tab tab = new Tab(title, pane);
        editors.getTabs().add(tab);
        editors.getSelectionModel().select(tab);
        pane.area().caretPositionProperty().addListener((o, old, caret) -> refreshHints());
        return pane;
    }

    public EditorPane current() {
        return (EditorPane) editors.getSelectionModel().getSelectedItem().getContent();
    }

    public void run() {
        EditorPane editor = current();
        SqlStatements.Range range = editor.statementAtCaret();
        if (range == null) {
            return;
        }
        editor.completionPopup().hide();
        resultTabs.getSelectionModel().select(0);
        vm.run(range.of(editor.area().getText()), range.start(), editor.writesProperty().get());
    }

    private String currentStatement() {
        SqlStatements.Range range = current().statementAtCaret();
        return range == null ? "" : range.of(current().area().getText());
    }

    private void format() {
        EditorPane editor = current();
        if (!editor.area().getSelectedText().isBlank()) {
            editor.area().replaceSelection(SqlFormatter.format(editor.area().getSelectedText()));
        } else {
            List<SqlStatements.Range> statements = SqlStatements.split(editor.area().getText());
            String text = editor.area().getText();
            StringBuilder out = new StringBuilder();
            for (SqlStatements.Range r : statements) {
                out.append(SqlFormatter.format(text.substring(r.start(), r.end()))).append(";\n\n");
            }
            editor.replaceText(out.toString());
        }
    }

    private void createView() {
        TextInputDialog dialog = new TextInputDialog("vMyView");
        dialog.setTitle("Create VIEW");
        dialog.setHeaderText("CREATE OR REPLACE VIEW … AS the statement at the caret");
        dialog.setContentText("View name:");
        String sql = currentStatement();
        dialog.showAndWait().ifPresent(name -> vm.createView(name.trim(), sql, created -> schemaChanged.run()));
    }

    private void preview() {
        resultTabs.getSelectionModel().select(1);
        vm.previewItems(currentStatement());
    }

    private void migrate() {
        String sql = currentStatement();
        TextInputDialog dialog = new TextInputDialog("QueryItems");
        dialog.setTitle("Migrate this query");
        dialog.setHeaderText("Export the query's rows, load them into DynamoDB and verify (stage: the AWS target's)");
        dialog.setContentText("DynamoDB table:");
        dialog.showAndWait().ifPresent(table -> {
            ChoiceDialog<String> load = new ChoiceDialog<>("auto", "auto", "batch", "import");
            load.setHeaderText("How to load: auto = ImportTable for a new table on S3, else BatchWriteItem");
            load.showAndWait().ifPresent(method -> vm.migrate(sql, table.trim(), method, vm.status::set));
        });
    }

    private void refreshHints() {
        String statement = currentStatement();
        hints.getChildren().clear();
        for (JoinHints.Hint hint : vm.joinHints(statement)) {
            Button insert = new Button("Insert join");
            insert.setOnAction(e -> current().area().insertText(current().area().getCaretPosition(), "\n" + hint.join()));
            Label label = new Label(hint.description() + "\n" + hint.join());
            label.setWrapText(true);
            HBox row = new HBox(8, insert, label);
            hints.getChildren().add(row);
        }
        if (hints.getChildren().isEmpty()) {
            hints.getChildren().add(new Label("No foreign keys among the tables of this statement."));
        }
    }

    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQL", "*.sql"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            try {
                newTab(Files.readString(file.toPath()), file.getName()).setFile(file.toPath());
            } catch (IOException e) {
                vm.status.set("Cannot open " + file + ": " + e.getMessage());
            }
        }
    }

    private void save() {
        EditorPane editor = current();
        File file = editor.file() == null ? null : editor.file().toFile();
        if (file == null) {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(editors.getSelectionModel().getSelectedItem().getText() + ".sql");
            file = chooser.showSaveDialog(getScene().getWindow());
        }
        if (file != null) {
            try {
                Files.writeString(file.toPath(), editor.area().getText());
                editor.setFile(file.toPath());
                editors.getSelectionModel().getSelectedItem().setText(file.getName());
                vm.status.set("Saved " + file);
            } catch (IOException e) {
                vm.status.set("Cannot save " + file + ": " + e.getMessage());
            }
        }
    }

    private void shortcuts(javafx.scene.Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), () -> {
            if (isVisible() && getScene() != null) {
                run();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::format);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), () -> findBar.show(true));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> newTab("", "Query " + (++untitled)));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
    }

    /** Ctrl+F inside the editor opens find (the browser's Ctrl+F filter is elsewhere). */
    public void showFind() {
        findBar.show(false);
    }
}
