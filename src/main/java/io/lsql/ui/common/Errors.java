package io.lsql.ui.common;

import io.lsql.core.LsqlException;

import java.util.concurrent.CancellationException;

/** One clear sentence for a failure; the trace stays in the details. */
public final class Errors {

    private Errors() {
    }

    public static String sentence(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof LsqlException) {
                return t.getMessage();
            }
            if (t instanceof CancellationException) {
                return "Cancelled.";
            }
            t = t.getCause();
        }
        return "Unexpected error: " + e + ".";
    }
}
