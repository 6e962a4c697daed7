package io.lsql.core.sql;

import io.lsql.core.LsqlException;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement the server refused: its message, and the offset in the statement it points at
 * (MySQL/MariaDB say "… near 'xyz' at line N"), or -1.
 */
public final class SqlFailure extends LsqlException {

    private static final Pattern NEAR = Pattern.compile("near '(.*)' at line (\\d+)", Pattern.DOTALL);
    private final int position;
    private final int length;

    private SqlFailure(String message, int position, int length, Throwable cause) {
        super(message, cause);
        this.position = position;
        this.length = length;
    }

    static SqlFailure of(String sql, SQLException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        int[] where = locate(sql, message);
        return new SqlFailure("MySQL error " + e.getErrorCode() + ": " + message, where[0], where[1], e);
    }

    /** [offset, length] of the "near" text in the statement, or [-1, 0]. */
    static int[] locate(String sql, String message) {
        Matcher m = NEAR.matcher(message);
        if (!m.find()) {
            return new int[] {-1, 0};
        }
        String near = m.group(1);
        int line = Integer.parseInt(m.group(2));
        int lineStart = 0;
        for (int i = 1; i < line && lineStart >= 0; i++) {
            lineStart = sql.indexOf('\n', lineStart) + 1;
        }
        if (near.isEmpty()) {
            return new int[] {sql.length(), 0};
        }
        String probe = near.length() > 20 ? near.substring(0, 20) : near;
        int at = sql.indexOf(probe, Math.max(0, lineStart));
        if (at < 0) {
            at = sql.indexOf(probe);
        }
        int end = at;
        while (end < sql.length() && !Character.isWhitespace(sql.charAt(end))) {
            end++;
        }
        return at < 0 ? new int[] {-1, 0} : new int[] {at, Math.max(1, end - at)};
    }

    /** Offset in the statement the error points at, or -1. */
    public int position() {
        return position;
    }

    public int length() {
        return length;
    }
}
