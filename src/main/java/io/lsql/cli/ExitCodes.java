package io.lsql.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every {@code lsql} command: one table, shown by each command's --help and in the README. */
final class ExitCodes {

    static final int DONE = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;
    static final int DIFFERENT = 3;
    static final int REJECTS = 4;
    static final int CANCELLED = 130;

    private ExitCodes() {
    }

    /** Code -> meaning, in the order --help lists them. */
    static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        table.put(DONE + "", "done");
        table.put(ERROR + "", "error: one line on stderr says what failed (--verbose adds the trace)");
        table.put(USAGE + "", "usage: an unknown, missing or invalid option, or options that cannot go together; "
                + "for plan --check: the plan has problems (one line each on stdout)");
        table.put(DIFFERENT + "", "verify (or a rehearsal of the access patterns) found differences between the source and DynamoDB");
        table.put(REJECTS + "", "rejects: rows that could not become items (rejects.jsonl) or items ImportTable refused; "
                + "the rest was migrated");
        table.put(CANCELLED + "", "cancelled (Ctrl+C): finished work is checkpointed; lsql migrate --resume RUN_ID "
                + "or the same lsql load continues it");
        return table;
    }
}
