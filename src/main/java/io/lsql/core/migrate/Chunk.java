package io.lsql.core.migrate;

/**
 * One slice of a source read by one worker: rows whose first key column is in [lower, upper)
 * (either bound may be absent), or the whole source when it can't be split.
 */
public record Chunk(int id, String column, String lower, String upper) {

    public static Chunk whole() {
        return new Chunk(1, null, null, null);
    }

    public String where() {
        if (column == null) {
            return "";
        }
        String quoted = MigrationSource.quote(column);
        if (lower != null && upper != null) {
            return " WHERE " + quoted + " >= ? AND " + quoted + " < ?";
        }
        if (lower != null) {
            return " WHERE " + quoted + " >= ?";
        }
        return upper != null ? " WHERE " + quoted + " < ?" : "";
    }

    public String name() {
        return String.format("c%05d", id);
    }
}
