package io.lsql.cli;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.Harvest;
import io.lsql.core.patterns.HarvestOptions;
import io.lsql.core.patterns.PatternCheck;
import io.lsql.core.patterns.PatternHarvester;
import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.patterns.PatternsJson;
import io.lsql.core.rehearse.RehearsalOptions;
import io.lsql.core.schema.SchemaService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lsql patterns}: harvest the application's access patterns into patterns.json, or check an edited one. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
        description = "Harvest the statements the application runs (performance_schema digests, else the general or "
                + "slow log, else a .sql file; plus the workshop's sample queries) into patterns.json, or check an "
                + "edited patterns.json against the live schema with --in (one line per problem, exit 2 when any).")
public final class PatternsCommand implements Callable<Integer> {

    @Mixin
    MySqlOptions mysql;

    @Option(names = "--from", paramLabel = "SOURCE",
            description = "digest, general-log, slow-log or a FILE.sql (default: digest, else the general log table).")
    String from;

    @Option(names = "--log", paramLabel = "FILE", description = "The general or slow log file for --from general-log|slow-log.")
    Path log;

    @Option(names = "--no-samples", description = "Leave out the workshop's sample queries.")
    boolean noSamples;

    @Option(names = "--peak-factor", defaultValue = "3", paramLabel = "F",
            description = "Peak rate = F × the average rate (default ${DEFAULT-VALUE}).")
    double peakFactor;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the patterns to FILE (patterns.json).")
    Path out;

    @Option(names = "--in", paramLabel = "FILE", description = "Read an edited patterns.json and check it against the live schema.")
    Path in;

    @Option(names = "--rehearse", description = "With --in: propose a design, migrate a sample into it and run every pattern both"
            + " ways (SQL on MySQL, the planned operation on DynamoDB); one line per pattern, exit 3 when one differs.")
    boolean rehearse;

    @Option(names = "--candidate", paramLabel = "ID", description = "With --rehearse: the candidate to rehearse (default: the best).")
    String candidate;

    @Option(names = "--sample-rows", paramLabel = "N", defaultValue = "10000",
            description = "With --rehearse: rows migrated per table (default ${DEFAULT-VALUE}); over it, a scratch copy is read.")
    long sampleRows;

    @Option(names = "--table-prefix", paramLabel = "PREFIX", defaultValue = "rehearsal_",
            description = "With --rehearse: put before the rehearsal's DynamoDB tables, replaced on each run (default ${DEFAULT-VALUE}).")
    String tablePrefix;

    @Option(names = "--report", paramLabel = "FILE", description = "With --rehearse: write the rehearsal as Markdown to FILE.")
    Path report;

    @Mixin
    AwsOptions aws;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rehearse && in == null) {
            throw new ParameterException(spec.commandLine(), "--rehearse needs --in patterns.json");
        }
        if (out == null && in == null) {
            throw new ParameterException(spec.commandLine(), "give --out FILE to harvest patterns, or --in FILE to check them");
        }
        if (rehearse && sampleRows < 1) {
            throw new ParameterException(spec.commandLine(), "--sample-rows must be at least 1");
        }
        if (in != null) {
            return check();
        }
        HarvestOptions options = options();
        JdbcSource source = mysql.source();
        Harvest harvest = new PatternHarvester().harvest(source, options);
        source.clearPassword();
        harvest.notes().forEach(note -> spec.commandLine().getErr().println("lsql: " + note));
        PatternsJson.write(PatternsFile.of(harvest), out);
        print(harvest.patterns());
        spec.commandLine().getOut().println("Wrote " + harvest.patterns().size() + " pattern(s) to " + out);
        return ExitCodes.DONE;
    }

    private int check() {
        if (from != null || log != null) {
            throw new ParameterException(spec.commandLine(), "--from and --log harvest; they cannot go with --in");
        }
        if (!Files.isRegularFile(in)) {
            throw new ParameterException(spec.commandLine(), "--in " + in + ": no such file");
        }
        PatternsFile file;
        try {
            file = PatternsJson.read(in);
        } catch (LsqlException e) {
            throw new ParameterException(spec.commandLine(), "--in " + stripPeriod(e.getMessage()), e);
        }
        JdbcSource source = mysql.source();
        try {
            PatternCheck.Result result = new PatternCheck().check(file, new SchemaService().read(source));
            PrintWriter printer = spec.commandLine().getOut();
            result.problems().forEach(printer::println);
            if (!result.problems().isEmpty()) {
                spec.commandLine().getErr().println("lsql: " + in + " has " + result.problems().size() + " problem(s), listed above.");
                return ExitCodes.USAGE;
            }
            return rehearse ? rehearse(source, file, result.patterns()) : checked(file, result.patterns());
        } finally {
            source.clearPassword();
        }
    }

    private int checked(PatternsFile file, List<AccessPattern> patterns) {
        PrintWriter printer = spec.commandLine().getOut();
        print(patterns);
        if (out != null) {
            PatternsJson.write(new PatternsFile(PatternsFile.VERSION, file.schema(), patterns), out);
        }
        printer.println(in + ": no problems in " + patterns.size() + " pattern(s).");
        return ExitCodes.DONE;
    }

    private int rehearse(JdbcSource source, PatternsFile file, List<AccessPattern> patterns) {
        RehearsalOptions options = RehearsalOptions.STANDARD.withSampleRows(sampleRows).withTablePrefix(tablePrefix);
        return PatternsRehearsal.run(new PatternsRehearsal.Request(source, aws.target(),
                PatternsRehearsal.checked(file, patterns), candidate, options, report), spec.commandLine().getOut());
    }

    private HarvestOptions options() {
        if (!(peakFactor >= 1.0)) {
            throw new ParameterException(spec.commandLine(), "--peak-factor must be at least 1");
        }
        HarvestOptions.From kind = from == null ? HarvestOptions.From.AUTO : switch (from.toLowerCase(Locale.ROOT)) {
            case "digest" -> HarvestOptions.From.DIGEST;
            case "general-log" -> HarvestOptions.From.GENERAL_LOG;
            case "slow-log" -> HarvestOptions.From.SLOW_LOG;
            default -> HarvestOptions.From.FILE;
        };
        Path file = kind == HarvestOptions.From.FILE ? Path.of(from) : log;
        if (kind == HarvestOptions.From.FILE && !from.toLowerCase(Locale.ROOT).endsWith(".sql")) {
            throw new ParameterException(spec.commandLine(), "--from takes digest, general-log, slow-log or a .sql file, not '" + from + "'");
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), file + ": no such file");
        }
        return new HarvestOptions(kind, file, !noSamples, peakFactor);
    }

    private void print(List<AccessPattern> patterns) {
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("%-11s %-6s %8s %9s  %-24s %-30s %s%n", "PATTERN", "KIND", "COUNT", "RATE/S", "TABLES", "EQUALITY", "RANGE");
        for (AccessPattern p : patterns) {
            String range = p.shape().range() == null ? "" : p.shape().range().column() + " " + p.shape().range().operator();
            String kind = p.shape().parsed() ? p.shape().kind().name() : "?";
            printer.printf(Locale.ROOT, "%-11s %-6s %8d %9.3f  %-24s %-30s %s%n", p.id(), kind, p.count(), p.averageRate(),
                    String.join(",", p.shape().tables()), String.join(",", p.shape().equalityColumns()), range);
        }
    }

    private static String stripPeriod(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
