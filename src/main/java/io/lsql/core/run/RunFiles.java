package io.lsql.core.run;

import io.lsql.core.migrate.Exporter;

import java.util.List;

/** Where a whole-database run keeps a target's files in its stage, as URIs a user can open or copy. */
public final class RunFiles {

    private RunFiles() {
    }

    /** The part of the stage with each source's manifest, checkpoints and rejects of {@code table}. */
    static String sourcesPrefix(String table) {
        return "targets/" + table + "/sources/";
    }

    /**
     * Where {@code target}'s rejects are, under {@code stageUri}: the one source's {@code rejects.jsonl} when a single
     * source rejected rows (and none collided on its key), else the folder of the target's sources (each source's
     * {@code rejects.jsonl} and {@code rejects/duplicates.jsonl}). Null when the target has no rejects.
     */
    public static String rejects(String stageUri, RunReport.Line target) {
        List<SourceOutcome> rejecting = target.sources().stream().filter(s -> s.rejects() + s.duplicateKeys() > 0).toList();
        if (rejecting.isEmpty()) {
            return null;
        }
        String sources = stageUri.replaceAll("/+$", "") + "/" + sourcesPrefix(target.table());
        SourceOutcome only = rejecting.get(0);
        return rejecting.size() == 1 && only.duplicateKeys() == 0 ? sources + only.id() + "/" + Exporter.REJECTS_FILE : sources;
    }
}
