package io.lsql.core.sql;

import java.util.ArrayList;
import java.util.List;

/** Statements of a script by their ranges: for "run the statement at the caret". */
public final class SqlStatements {

    /** A statement's [start, end) range in the script, without the terminating ';'. */
    public record Range(int start, int end) {
        public String of(String script) {
            return script.substring(start, end).strip();
        }
    }

    private SqlStatements() {
    }

    public static List<Range> split(String script) {
        List<Range> ranges = new ArrayList<>();
        int start = 0;
        boolean code = false;
        for (SqlToken token : SqlLexer.tokenize(script)) {
            if (token.is(SqlToken.Kind.SEMICOLON)) {
                if (code) {
                    ranges.add(trim(script, start, token.start()));
                }
                start = token.end();
                code = false;
            } else if (token.isCode()) {
                code = true;
            }
        }
        if (code) {
            ranges.add(trim(script, start, script.length()));
        }
        return ranges;
    }

    /** The statement containing the caret, or the one just before it (caret after its ';'). */
    public static Range at(String script, int caret) {
        List<Range> ranges = split(script);
        Range best = null;
        for (Range range : ranges) {
            if (range.start() <= caret) {
                best = range;
            }
            if (caret <= range.end() && caret >= range.start()) {
                return range;
            }
        }
        if (best == null && !ranges.isEmpty()) {
            best = ranges.get(0);
        }
        return best;
    }

    /** Skips leading whitespace and comments, so error positions and selections start at the code. */
    private static Range trim(String script, int start, int end) {
        for (SqlToken token : SqlLexer.tokenize(script.substring(start, end))) {
            if (token.isCode()) {
                int codeStart = start + token.start();
                int codeEnd = end;
                while (codeEnd > codeStart && Character.isWhitespace(script.charAt(codeEnd - 1))) {
                    codeEnd--;
                }
                return new Range(codeStart, codeEnd);
            }
        }
        return new Range(start, end);
    }
}
