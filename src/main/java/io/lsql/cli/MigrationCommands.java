package io.lsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.LsqlException;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.migrate.MigrationPlan;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.RunOverrides;
import io.lsql.core.migrate.RunSummary;
import io.lsql.core.migrate.SnapshotMode;
import io.lsql.core.migrate.VerifyResult;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Shared parts of export, load, migrate and verify: plan building and the summary. */
final class MigrationCommands {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MigrationCommands() {
    }

    static MigrationPlan plan(CommandSpec spec, SourceOptions source, RunOptions run, LoadMethod load, int rate) {
        return plan(spec, source, run, load, rate, false);
    }

    static MigrationPlan plan(CommandSpec spec, SourceOptions source, RunOptions run, LoadMethod load, int rate,
                              boolean skipVerify) {
        MigrationSource from;
        try {
            from = MigrationSource.of(source.table, source.view, source.query);
        } catch (LsqlException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return MigrationPlan.of(from, run.stage)
                .withTargetTable(source.targetTable)
                .withKeys(source.partitionKey, source.sortKey)
                .withMapping(source.renames, source.drops, source.writeNulls)
                .withLoad(load)
                .withWorkers(run.workers)
                .withFiles(run.fileSizeMb, run.compression())
                .withRate(rate)
                .withSkipVerify(skipVerify)
                .withSnapshot(snapshot(run.snapshot));
    }

    /** The {@code --snapshot} given, or null for the default; an unknown mode is refused before any work. */
    static SnapshotMode snapshot(String given) {
        return given == null ? null : SnapshotMode.of(given);
    }

    /** Settings given on the command line over a run's plan; an invalid one is a usage error. */
    static RunOverrides overrides(CommandSpec spec, LoadMethod load, Integer workers, Integer rate, Boolean skipVerify) {
        try {
            return new RunOverrides(load, workers, rate, skipVerify);
        } catch (LsqlException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Refuses, as a usage error, options that {@code mode} fixes: "--table and --drop cannot be given with --resume: why." */
    static void refuse(CommandSpec spec, String mode, String why, String... options) {
        ParseResult given = spec.commandLine().getParseResult();
        List<String> refused = Arrays.stream(options).filter(given::hasMatchedOption).toList();
        if (!refused.isEmpty()) {
            String names = refused.size() == 1 ? refused.get(0)
                    : String.join(", ", refused.subList(0, refused.size() - 1)) + " and " + refused.get(refused.size() - 1);
            throw new ParameterException(spec.commandLine(), names + " cannot be given with " + mode + ": " + why);
        }
    }

    static boolean given(CommandSpec spec, String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
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
            if (summary.duplicateKeys() != null && summary.duplicateKeys() > 0) {
                out.printf(Locale.ROOT, "duplicates %,d row(s) share an item key with an earlier row (rejected, both rows named in rejects.jsonl)%n",
                        summary.duplicateKeys());
            }
            if (summary.nonBooleans() != null && summary.nonBooleans() > 0) {
                out.printf(Locale.ROOT, "booleans   %,d TINYINT(1) value(s) other than 0/1 written as true%n", summary.nonBooleans());
            }
            if (summary.zeroDates() != null && summary.zeroDates() > 0) {
                out.printf(Locale.ROOT, "zero dates %,d (attributes left out)%n", summary.zeroDates());
            }
        }
        if (summary.load() != null) {
            out.printf(Locale.ROOT, "loaded     %,d items by %s in %.1f s, %d retries (%d throttled, %d 5xx)%s%n",
                    summary.load().items(), summary.load().method(), summary.load().seconds(), summary.load().retries(),
                    summary.load().throttled(), summary.load().serverErrors(),
                    summary.load().errors() > 0 ? ", " + summary.load().errors() + " import errors" : "");
            if (summary.load().filesAlreadyLoaded() > 0) {
                out.printf(Locale.ROOT, "           %,d file(s) were already loaded into %s before%n", summary.load().filesAlreadyLoaded(),
                        summary.targetTable());
            }
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
     * The exit code of a run ({@link ExitCodes}): 3 when verify found differences, 4 when rows could not
     * become items (rejects.jsonl) or ImportTable refused items (the rest was migrated), else 0.
     */
    static int exitCode(RunSummary summary, PrintWriter err) {
        if (summary.verify() != null && !summary.verify().equal()) {
            err.println("lsql: verification found differences between the source and " + summary.targetTable() + ".");
            return ExitCodes.DIFFERENT;
        }
        long rejected = summary.rejected() == null ? 0 : summary.rejected();
        long refused = summary.load() == null ? 0 : summary.load().errors();
        if (rejected > 0) {
            err.println("lsql: " + rejected + " row(s) could not become items; see rejects.jsonl in " + summary.stage() + ".");
        }
        if (refused > 0) {
            err.println("lsql: ImportTable refused " + refused + " item(s) of " + summary.targetTable()
                    + "; lsql verify names their keys.");
        }
        return rejected > 0 || refused > 0 ? ExitCodes.REJECTS : ExitCodes.DONE;
    }
}
