package io.lsql.ui.patterns;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the Patterns pane reads and writes files: file choosers in the window, fixed paths in tests. Empty when the user
 * cancels.
 */
public interface PatternFiles {

    /** A patterns.json to open. */
    Optional<Path> openPatterns();

    /** Where to save the patterns, starting at {@code suggested}. */
    Optional<Path> savePatterns(String suggested);

    /** The general or slow log, or the .sql file, to harvest from. */
    Optional<Path> harvestFile();
}
