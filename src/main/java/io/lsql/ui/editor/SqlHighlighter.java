package io.lsql.ui.editor;

import io.lsql.core.sql.SqlLexer;
import io.lsql.core.sql.SqlToken;
import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Syntax highlighting that stays interactive on long scripts: the text is lexed off the FX thread
 * after typing pauses, and only the range whose styles changed is restyled (a keystroke restyles a
 * few characters, an unclosed comment restyles from there to where it ends).
 */
public final class SqlHighlighter {

    private static final String[] CLASSES = new String[SqlToken.Kind.values().length];
    private static final ExecutorService LEXER = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "lsql-highlight");
        thread.setDaemon(true);
        return thread;
    });

    static {
        for (SqlToken.Kind kind : SqlToken.Kind.values()) {
            CLASSES[kind.ordinal()] = switch (kind) {
                case KEYWORD -> "sql-keyword";
                case FUNCTION -> "sql-function";
                case STRING -> "sql-string";
                case NUMBER -> "sql-number";
                case COMMENT -> "sql-comment";
                case QUOTED_IDENTIFIER -> "sql-quoted";
                case VARIABLE -> "sql-variable";
                case OPEN_PAREN, CLOSE_PAREN -> "sql-paren";
                default -> "";
            };
        }
    }

    private final CodeArea area;
    private int[] applied = new int[0];
    private long lastApplyNanos;
    private int lastAppliedLength;

    public SqlHighlighter(CodeArea area) {
        this.area = area;
        area.multiPlainChanges().successionEnds(Duration.ofMillis(60)).subscribe(ignore -> schedule());
    }

    /** Restyles now (synchronously): for a freshly loaded text. */
    public void highlightNow() {
        apply(area.getText(), styles(area.getText()));
    }

    private void schedule() {
        String text = area.getText();
        LEXER.submit(() -> {
            int[] styles = styles(text);
            Platform.runLater(() -> {
                if (area.getText().equals(text)) {
                    apply(text, styles);
                }
            });
        });
    }

    /** One style index per character: the token kind, -1 for plain text. */
    static int[] styles(String text) {
        int[] styles = new int[text.length()];
        java.util.Arrays.fill(styles, -1);
        for (SqlToken token : SqlLexer.tokenize(text)) {
            if (!CLASSES[token.kind().ordinal()].isEmpty()) {
                java.util.Arrays.fill(styles, token.start(), token.end(), token.kind().ordinal());
            }
        }
        return styles;
    }

    private void apply(String text, int[] styles) {
        long start = System.nanoTime();
        int first = 0;
        int limit = Math.min(styles.length, applied.length);
        while (first < limit && styles[first] == applied[first]) {
            first++;
        }
        int endNew = styles.length;
        int endOld = applied.length;
        while (endNew > first && endOld > first && styles[endNew - 1] == applied[endOld - 1]) {
            endNew--;
            endOld--;
        }
        if (first < endNew) {
            area.setStyleSpans(first, spans(styles, first, endNew));
        }
        applied = styles;
        lastAppliedLength = endNew - first;
        lastApplyNanos = System.nanoTime() - start;
    }

    private static StyleSpans<Collection<String>> spans(int[] styles, int from, int to) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int runStart = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || styles[i] != styles[runStart]) {
                int style = styles[runStart];
                builder.add(style < 0 ? List.of() : List.of(CLASSES[style]), i - runStart);
                runStart = i;
            }
        }
        return builder.create();
    }

    /** Characters restyled by the last pass and how long applying took: for tests and the status line. */
    public int lastRestyledChars() {
        return lastAppliedLength;
    }

    public long lastApplyMillis() {
        return lastApplyNanos / 1_000_000;
    }
}
