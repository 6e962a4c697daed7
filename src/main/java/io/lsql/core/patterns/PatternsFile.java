package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The content of patterns.json: a versioned, user-editable list of access patterns.
 *
 * @param patternsVersion the file format's version, {@link #VERSION}
 * @param schema the database the patterns belong to
 */
@JsonPropertyOrder({"patternsVersion", "schema", "patterns"})
public record PatternsFile(int patternsVersion, String schema, List<AccessPattern> patterns) {

    public static final int VERSION = 1;

    public PatternsFile {
        patterns = List.copyOf(patterns);
    }

    public static PatternsFile of(Harvest harvest) {
        return new PatternsFile(VERSION, harvest.schema(), harvest.patterns());
    }
}
