package io.lsql.ui.editor;

import io.lsql.core.sql.SqlStatements;
import io.lsql.ui.common.Icons;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** The SQL editor: samples and history, editor tabs, results, DynamoDB preview and join hints. Layout only. */
public final class SqlEditorView extends SplitPane {

    private final SqlEditorViewModel vm;
    private final TabPane editors = new TabPane();
    private final ResultsPane results;
    private final FindBar findBar = new FindBar(() -> current().area());
    private final Runnable schemaChanged;
    private final BiConsumer<String, String> migrateQuery;
    private int untitled = 1;

    /** {@code migrateQuery} takes a DynamoDB table name and the query: the Migrate pane plans it with the rest. */
    public SqlEditorView(SqlEditorViewModel vm, Runnable schemaChanged, BiConsumer<String, String> migrateQuery) {
        this.vm = vm;
        this.schemaChanged = schemaChanged;
        this.migrateQuery = migrateQuery;
        this.results = new ResultsPane(vm);
        getItems().addAll(new SamplesAndHistory(vm, this::newTab), mainPane());
        setDividerPositions(0.22);
        newTab("-- Ctrl+Enter runs the statement at the caret; Ctrl+Space completes.\nSELECT * FROM Customers;\n", "Query 1");
        vm.errorRange.addListener((o, old, range) -> {
            if (range != null) {
                current().markError(range[0], range[1]);
            }
        });
        shortcuts();
    }

    private Node mainPane() {
        editors.setId("editor-tabs");
        SplitPane split = new SplitPane(editors, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);
        return new VBox(toolbar(), findBar, split);
    }

    private ToolBar toolbar() {
        Button run = button("sql-run", "Run", Icons.PLAY, "Run the statement at the caret or the selection (Ctrl+Enter)", this::run);
        run.getStyleClass().add("run-button");
        run.disableProperty().bind(vm.running);
        Button cancel = button("sql-cancel", "Cancel", Icons.STOP, "Cancel the running statement (Esc)", vm::cancel);
        cancel.disableProperty().bind(vm.running.not());
        return new ToolBar(run, cancel, WritesToggle.create(editors, vm.connectionReadOnly),
                button("sql-format", "Format", Icons.CODE_FORMAT, "Format the selection or the whole script (Ctrl+Shift+F)", this::format),
                button("sql-create-view", "Create VIEW…", Icons.VIEW, "CREATE OR REPLACE VIEW from this query", this::createView),
                button("sql-preview", "Preview items", Icons.PREVIEW, "The first rows as DynamoDB items", () -> {
                    results.show(ResultsPane.PREVIEW);
                    vm.items.previewItems(currentStatement());
                }),
                button("sql-migrate", "Migrate…", Icons.MIGRATE, "Migrate this query with the wizard: keys, attributes, dry run, run and report", this::migrate),
                button("sql-new", null, Icons.ADD, "New tab (Ctrl+N)", this::newUntitledTab),
                button("sql-open", null, Icons.OPEN, "Open a .sql file (Ctrl+O)", this::open),
                button("sql-save", null, Icons.SAVE, "Save (Ctrl+S)", this::save));
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The editor's keys act only while the focus is inside this pane: a filter, so the editor area cannot swallow them. */
    private void shortcuts() {
        Map<KeyCombination, Runnable> keys = new LinkedHashMap<>();
        keys.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::run);
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::format);
        keys.put(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN), () -> findBar.show(true));
        keys.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newUntitledTab);
        keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::open);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> keys.entrySet().stream().filter(k -> k.getKey().match(event)).findFirst()
                .ifPresent(k -> {
                    event.consume();
                    k.getValue().run();
                }));
    }

    private void newUntitledTab() {
        newTab("", "Query " + (++untitled));
    }

    public EditorPane newTab(String text, String title) {
        EditorPane pane = new EditorPane(text, vm::completion);
        Tab tab = new Tab(title, pane);
        editors.getTabs().add(tab);
        editors.getSelectionModel().select(tab);
        pane.area().caretPositionProperty().addListener((o, old, caret) -> results.showHints(vm.joinHints(currentStatement()),
                join -> current().area().insertText(current().area().getCaretPosition(), join)));
        return pane;
    }

    public EditorPane current() {
        return (EditorPane) editors.getSelectionModel().getSelectedItem().getContent();
    }

    public void run() {
        EditorPane editor = current();
        SqlStatements.Range range = editor.statementAtCaret();
        editor.completionPopup().hide();
        if (range != null) {
            results.show(ResultsPane.RESULT);
            vm.run(range.of(editor.area().getText()), range.start(), editor.writesProperty().get());
        }
    }

    private String currentStatement() {
        return current().statementAtCaret() == null ? "" : current().statementAtCaret().of(current().area().getText());
    }

    private void format() {
        EditorPane editor = current();
        if (!editor.area().getSelectedText().isBlank()) {
            editor.area().replaceSelection(SqlEditorViewModel.formatStatement(editor.area().getSelectedText()));
        } else {
            editor.replaceText(SqlEditorViewModel.formatScript(editor.area().getText()));
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

    private void migrate() {
        String sql = currentStatement();
        TextInputDialog dialog = new TextInputDialog("QueryItems");
        dialog.setTitle("Migrate this query");
        dialog.setHeaderText("The Migrate pane opens with this query as a source, next to the tables you pick");
        dialog.setContentText("DynamoDB table:");
        dialog.showAndWait().map(String::trim).filter(t -> !t.isEmpty()).ifPresent(table -> migrateQuery.accept(table, sql));
    }

    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("SQL", "*.sql"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            vm.openFile(file.toPath(), text -> newTab(text, file.getName()).setFile(file.toPath()));
        }
    }

    /** Saves the current tab to its file, asking for one the first time. */
    public void save() {
        EditorPane editor = current();
        Tab tab = editors.getSelectionModel().getSelectedItem();
        File file = editor.file() == null ? null : editor.file().toFile();
        if (file == null) {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(tab.getText() + ".sql");
            file = chooser.showSaveDialog(getScene().getWindow());
        }
        if (file != null) {
            File chosen = file;
            vm.saveFile(chosen.toPath(), editor.area().getText(), () -> {
                editor.setFile(chosen.toPath());
                tab.setText(chosen.getName());
            });
        }
    }

    /** Ctrl+F inside the editor opens find (the browser's Ctrl+F filter is elsewhere). */
    public void showFind() {
        findBar.show(false);
    }
}
