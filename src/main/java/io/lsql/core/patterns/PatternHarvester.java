package io.lsql.core.patterns;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.sample.SampleQueries;
import io.lsql.core.sample.SampleQuery;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaService;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the statements an application runs on one database, in order of preference: the digest
 * summary of performance_schema, else the general or slow log, else a .sql file; plus the workshop's
 * sample queries. Equal statements are grouped and each group is parsed against the live schema.
 */
public final class PatternHarvester {

    public Harvest harvest(JdbcSource source, HarvestOptions options) {
        Schema schema = new SchemaService().read(source);
        PatternGrouper grouper = new PatternGrouper(new PatternParser(schema), options.peakFactor());
        List<String> notes = new ArrayList<>();
        long[] skipped = {0};
        Consumer<RawStatement> sink = statement -> {
            if (StatementFilter.isApplicationStatement(statement.sql())) {
                grouper.add(statement);
            } else {
                skipped[0]++;
            }
        };
        if (options.from() == HarvestOptions.From.FILE) {
            LogFiles.sqlFile(options.file(), grouper::add);
        } else {
            try (Connection connection = source.openReadOnly()) {
                readServer(connection, schema.name(), options, sink, notes);
            } catch (SQLException e) {
                throw new LsqlException("Reading the statements from MySQL failed: " + e.getMessage(), e);
            }
        }
        if (skipped[0] > 0) {
            notes.add(skipped[0] + " server, driver or tool statement(s) left out (SET, SHOW, catalog reads).");
        }
        List<AccessPattern> patterns = new ArrayList<>(inSchema(grouper.patterns(), schema, notes));
        if (options.samples()) {
            patterns = withSamples(patterns, schema, options.peakFactor(), notes);
        }
        return new Harvest(schema.name(), patterns, notes);
    }

    private static void readServer(Connection connection, String schema, HarvestOptions options,
                                   Consumer<RawStatement> sink, List<String> notes) throws SQLException {
        HarvestOptions.From from = options.from();
        if (from == HarvestOptions.From.AUTO || from == HarvestOptions.From.DIGEST) {
            if (ServerStatements.performanceSchemaOn(connection)) {
                ServerStatements.digests(connection, schema, sink);
                return;
            }
            notes.add("performance_schema is off on this server (start it with --performance-schema=ON): "
                    + "reading the general log instead.");
            from = HarvestOptions.From.GENERAL_LOG;
        }
        if (from == HarvestOptions.From.GENERAL_LOG && options.file() != null) {
            LogFiles.generalLog(options.file(), sink);
        } else if (from == HarvestOptions.From.SLOW_LOG && options.file() != null) {
            LogFiles.slowLog(options.file(), sink);
        } else if (from == HarvestOptions.From.GENERAL_LOG && ServerStatements.logsToTable(connection)) {
            ServerStatements.generalLog(connection, sink);
        } else if (from == HarvestOptions.From.SLOW_LOG && ServerStatements.logsToTable(connection)) {
            ServerStatements.slowLog(connection, schema, sink);
        } else {
            notes.add("The " + (from == HarvestOptions.From.SLOW_LOG ? "slow" : "general")
                    + " log is not written to a table here: pass its file, or a .sql file, with --from.");
        }
    }

    /** Logs hold every database's traffic: keep the statements that touch this schema (or could not be parsed). */
    private static List<AccessPattern> inSchema(List<AccessPattern> patterns, Schema schema, List<String> notes) {
        List<AccessPattern> kept = patterns.stream().filter(p -> p.source() == PatternSource.FILE || !p.shape().parsed()
                || p.shape().tables().stream().anyMatch(t -> schema.table(t).isPresent())).toList();
        if (kept.size() < patterns.size()) {
            notes.add((patterns.size() - kept.size()) + " statement pattern(s) left out: they touch no table of "
                    + schema.name() + ".");
        }
        return kept;
    }

    private static List<AccessPattern> withSamples(List<AccessPattern> harvested, Schema schema, double peakFactor,
                                                   List<String> notes) {
        PatternGrouper grouper = new PatternGrouper(new PatternParser(schema), peakFactor);
        harvested.forEach(p -> grouper.add(new RawStatement(p.sql(), p.source(), p.count(), p.rowsSent(),
                p.rowsExamined(), p.firstSeen(), p.lastSeen())));
        int skipped = 0;
        for (SampleQuery sample : SampleQueries.all()) {
            PatternShape shape = new PatternParser(schema).parse(SqlNormalizer.normalize(sample.sql()));
            if (shape.tables().stream().allMatch(t -> schema.table(t).isPresent())) {
                grouper.addIfAbsent(RawStatement.once(sample.sql(), PatternSource.SAMPLE));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            notes.add(skipped + " sample quer" + (skipped == 1 ? "y" : "ies") + " left out: "
                    + schema.name() + " lacks their tables.");
        }
        return grouper.patterns();
    }
}
