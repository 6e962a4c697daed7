package io.lsql.ui.editor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

import java.util.Locale;
import java.util.function.Supplier;

/** Find and replace in the current editor (Ctrl+F / Ctrl+H, Enter finds the next match, Esc closes). */
final class FindBar extends HBox {

    private final Supplier<CodeArea> editor;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final Label result = new Label();

    FindBar(Supplier<CodeArea> editor) {
        super(8);
        this.editor = editor;
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        find.setId("find-text");
        find.setPromptText("Find");
        replace.setId("replace-text");
        replace.setPromptText("Replace with");
        Button next = new Button("Next");
        next.setOnAction(e -> next());
        find.setOnAction(e -> next());
        Button one = new Button("Replace");
        one.setOnAction(e -> replaceOne());
        Button all = new Button("Replace all");
        all.setId("replace-all");
        all.setOnAction(e -> replaceAll());
        Button close = new Button("✕");
        close.setOnAction(e -> hide());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hide();
            }
        });
        getChildren().addAll(new Label("Find"), find, replace, next, one, all, result, close);
        hide();
    }

    void show(boolean withReplace) {
        setVisible(true);
        setManaged(true);
        replace.setVisible(withReplace);
        replace.setManaged(withReplace);
        String selected = editor.get().getSelectedText();
        if (!selected.isEmpty() && !selected.contains("\n")) {
            find.setText(selected);
        }
        find.requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    void next() {
        CodeArea area = editor.get();
        String needle = find.getText().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return;
        }
        String text = area.getText().toLowerCase(Locale.ROOT);
        int at = text.indexOf(needle, area.getSelection().getEnd());
        if (at < 0) {
            at = text.indexOf(needle);
        }
        if (at < 0) {
            result.setText("not found");
            return;
        }
        result.setText("");
        area.selectRange(at, at + needle.length());
        area.requestFollowCaret();
    }

    private void replaceOne() {
        CodeArea area = editor.get();
        if (area.getSelectedText().equalsIgnoreCase(find.getText()) && !find.getText().isEmpty()) {
            area.replaceSelection(replace.getText());
        }
        next();
    }

    void replaceAll() {
        CodeArea area = editor.get();
        if (find.getText().isEmpty()) {
            return;
        }
        String text = area.getText();
        String replaced = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(find.getText()),
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(text)
                .replaceAll(java.util.regex.Matcher.quoteReplacement(replace.getText()));
        int count = countMatches(text);
        area.replaceText(replaced);
        result.setText(count + " replaced");
    }

    private int countMatches(String text) {
        String hay = text.toLowerCase(Locale.ROOT);
        String needle = find.getText().toLowerCase(Locale.ROOT);
        int count = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    TextField findField() {
        return find;
    }

    TextField replaceField() {
        return replace;
    }
}
