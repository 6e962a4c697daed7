package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.migrate.VerifyResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** Shared parts of export, load, migrate and verify: plan building and the summary. */
final class MigrationCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationCommands() {
    }

    static MigrationPlan plan(SourceOptions source, RunOptions run, String load, int rate) {
        return plan(source, run, load, rate, false);
    }

    static MigrationPlan plan(SourceOptions source, RunOptions run, String load, int rate, boolean skipVerify) {
        MigrationSource from = MigrationSource.of(source.table, source.view, source.query);
        return new MigrationPlan(from.kind().name(), from.name(), source.targetTable, source.partitionKey, source.sortKey,
                source.renames, source.drops, source.writeNulls, run.stage, load, run.workers, run.fileSizeMb, run.noGzip, rate,
                skipVerify);
    }

    static MigrationPlan readPlan(java.nio.file.Path file) {
        try {
            return JSON.readValue(file.toFile(), MigrationPlan.class);
        } catch (IOException e) {
            throw new LsqlException("Cannot read the plan " + file + ": " + io.lsql.core.ErrorText.of(e) + ".", e);
        }
    }

    static void print(PrintWriter out, RunSummary summary, boolean json) throws IOException {
        if (json) {
            out.println(JSON.writeValueAsString(summary));
            return;
        }
        out.println("run        " + summary.runId());
        out.println("stage      " + summary.stage());
        out.println("target     " + summary.targetTable());
        if (summary.rowsRead() != null) {
            out.printf(Locale.ROOT, "read       %,d rows (%s)%n", summary.rowsRead(), summary.snapshot());
            out.printf(Locale.ROOT, "rejected   %,d%s%n", summary.rejected(), summary.rejected() > 0 ? " (see rejects.jsonl in the stage)" : "");
            if (summary.zeroDates() != null && summary.zeroDates() > 0) {
                out.printf(Locale.ROOT, "zero dates %,d (attributes left out)%n", summary.zeroDates());
            }
        }
        if (summary.load() != null) {
            out.printf(Locale.ROOT, "loaded     %,d items by %s in %.1f s, %d retries (%d throttled, %d 5xx)%s%n",
                    summary.load().items(), summary.load().method(), summary.load().seconds(), summary.load().retries(),
                    summary.load().throttled(), summary.load().serverErrors(),
                    summary.load().errors() > 0 ? ", " + summary.load().errors() + " import errors" : "");
        }
        if (summary.verify() != null) {
            printVerify(out, summary.verify());
        }
        out.printf(Locale.ROOT, "seconds    %.1f%n", summary.seconds());
    }

    static void printVerify(PrintWriter out, VerifyResult verify) {
        out.printf(Locale.ROOT, "verify     %s: %,d source items, %,d target items%s%n", verify.equal() ? "EQUAL" : "DIFFERENT",
                verify.sourceItems(), verify.targetItems(),
                verify.sourceRejects() > 0 ? " (" + verify.sourceRejects() + " source rows are rejects)" : "");
        verify.missing().forEach(k -> out.println("  missing   " + k));
        verify.extra().forEach(k -> out.println("  extra     " + k));
        verify.different().forEach(k -> out.println("  different " + k));
        if (verify.note() != null) {
            out.println("  note      " + verify.note());
        }
    }

    /**
     * Exit codes: 0 all good, 3 verification found differences, 4 some rows could not become items
     * (they are in rejects.jsonl; the rest was migrated).
     */
    static int exitCode(RunSummary summary, PrintWriter err) {
        if (summary.verify() != null && !summary.verify().equal()) {
            err.println("lsql: verification found differences between the source and " + summary.targetTable() + ".");
            return 3;
        }
        if (summary.rejected() != null && summary.rejected() > 0) {
            err.println("lsql: " + summary.rejected() + " row(s) could not become items; see rejects.jsonl in " + summary.stage() + ".");
            return 4;
        }
        return 0;
    }
}
