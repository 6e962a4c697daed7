package io.lsql.ui.editor;

import io.lsql.core.sql.SqlCompletion;
import io.lsql.core.sql.SqlStatements;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** One editor tab: a CodeArea with line numbers, highlighting, bracket matching, auto-indent, comments and completion. */
public final class EditorPane extends BorderPane {

    private final CodeArea area = new CodeArea();
    private final SqlHighlighter highlighter;
    private final ContextMenu completions = new ContextMenu();
    private final Supplier<SqlCompletion> completion;
    private final javafx.beans.property.BooleanProperty writes = new javafx.beans.property.SimpleBooleanProperty(false);
    private Path file;
    private int[] bracketMarks = new int[0];

    public EditorPane(String text, Supplier<SqlCompletion> completion) {
        this.completion = completion;
        area.getStyleClass().add("sql-editor");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.replaceText(text);
        highlighter = new SqlHighlighter(area);
        highlighter.highlightNow();
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        setCenter(new VirtualizedScrollPane<>(area));
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.consume(EventPattern.keyPressed(KeyCode.ENTER), e -> newlineWithIndent()),
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN)),
                        e -> toggleComment()),
                InputMap.consume(EventPattern.keyPressed(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN)),
                        e -> showCompletions())));
        area.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (".".equals(e.getCharacter())) {
                showCompletions();
            }
        });
        area.caretPositionProperty().addListener((o, old, caret) -> markBrackets());
    }

    /** This tab's statements may write (off by default: the tab runs on a read-only session). */
    public javafx.beans.property.BooleanProperty writesProperty() {
        return writes;
    }

    public CodeArea area() {
        return area;
    }

    public SqlHighlighter highlighter() {
        return highlighter;
    }

    public Path file() {
        return file;
    }

    public void setFile(Path file) {
        this.file = file;
    }

    /** The selection if any, else the statement at the caret; with its start offset. */
    public SqlStatements.Range statementAtCaret() {
        if (!area.getSelectedText().isBlank()) {
            return new SqlStatements.Range(area.getSelection().getStart(), area.getSelection().getEnd());
        }
        return SqlStatements.at(area.getText(), area.getCaretPosition());
    }

    public void replaceText(String text) {
        area.replaceText(text);
        highlighter.highlightNow();
    }

    private void newlineWithIndent() {
        String line = area.getParagraph(area.getCurrentParagraph()).getText();
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
            indent++;
        }
        area.replaceSelection("\n" + line.substring(0, indent));
    }

    /** Adds or removes "-- " at the start of every selected line. */
    public void toggleComment() {
        int from = area.offsetToPosition(area.getSelection().getStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int to = area.offsetToPosition(area.getSelection().getEnd(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        boolean allCommented = true;
        for (int p = from; p <= to; p++) {
            allCommented &= area.getParagraph(p).getText().stripLeading().startsWith("--");
        }
        for (int p = from; p <= to; p++) {
            String text = area.getParagraph(p).getText();
            int start = area.getAbsolutePosition(p, 0);
            if (allCommented) {
                int at = text.indexOf("--");
                int length = text.startsWith("-- ", at) ? 3 : 2;
                area.deleteText(start + at, start + at + length);
            } else {
                area.insertText(start, "-- ");
            }
        }
    }

    /** Proposals for the word at the caret (Ctrl+Space, or after a dot). */
    public void showCompletions() {
        SqlCompletion engine = completion.get();
        if (engine == null) {
            return;
        }
        int caret = area.getCaretPosition();
        String text = area.getText();
        List<SqlCompletion.Suggestion> suggestions = engine.suggest(text, caret);
        completions.getItems().clear();
        String prefix = SqlCompletion.prefix(text, caret);
        for (SqlCompletion.Suggestion s : suggestions.subList(0, Math.min(40, suggestions.size()))) {
            Label label = new Label(s.text() + "    " + s.detail());
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.getStyleClass().add("completion-item");
            item.setOnAction(e -> area.replaceText(caret - prefix.length(), caret, s.text()));
            completions.getItems().add(item);
        }
        if (completions.getItems().isEmpty()) {
            completions.hide();
            return;
        }
        Bounds caretBounds = area.getCaretBounds().orElse(null);
        if (caretBounds != null) {
            completions.show(area, caretBounds.getMinX(), caretBounds.getMaxY());
        } else {
            completions.show(area, javafx.geometry.Side.BOTTOM, 0, 0);
        }
    }

    public ContextMenu completionPopup() {
        return completions;
    }

    /** Highlights the bracket at the caret and its partner. */
    private void markBrackets() {
        for (int position : bracketMarks) {
            if (position < area.getLength()) {
                area.setStyle(position, position + 1, without(area.getStyleOfChar(position), "bracket-match"));
            }
        }
        bracketMarks = new int[0];
        int caret = area.getCaretPosition();
        String text = area.getText();
        int at = caret > 0 && "()".indexOf(text.charAt(caret - 1)) >= 0 ? caret - 1
                : caret < text.length() && "()".indexOf(text.charAt(caret)) >= 0 ? caret : -1;
        if (at < 0) {
            return;
        }
        int match = match(text, at);
        if (match >= 0) {
            bracketMarks = new int[] {at, match};
            for (int position : bracketMarks) {
                area.setStyle(position, position + 1, with(area.getStyleOfChar(position), "bracket-match"));
            }
        }
    }

    static int match(String text, int at) {
        boolean open = text.charAt(at) == '(';
        int depth = 0;
        for (int i = at; open ? i < text.length() : i >= 0; i += open ? 1 : -1) {
            char c = text.charAt(i);
            if (c == '(') {
                depth += open ? 1 : -1;
            } else if (c == ')') {
                depth += open ? -1 : 1;
            }
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.Collection<String> with(java.util.Collection<String> styles, String style) {
        java.util.List<String> list = new java.util.ArrayList<>(styles);
        if (!list.contains(style)) {
            list.add(style);
        }
        return list;
    }

    private static java.util.Collection<String> without(java.util.Collection<String> styles, String style) {
        java.util.List<String> list = new java.util.ArrayList<>(styles);
        list.remove(style);
        return list;
    }

    /** Underlines a range (a server error) until the next edit. */
    public void markError(int start, int length) {
        int end = Math.min(area.getLength(), start + Math.max(1, length));
        if (start >= 0 && start < end) {
            area.setStyle(start, end, with(area.getStyleOfChar(start), "sql-error"));
            area.selectRange(start, end);
        }
    }
}
