package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.FileTrees;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.ExistingTablePolicy;
import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Migrates a bounded sample of the tables some patterns read into a candidate's targets (renamed with the rehearsal
 * prefix, replaced on each run) through the plan runner. When every table is within the sample cap the database itself
 * is the sample; otherwise the first rows of each table by primary key are copied into a scratch schema, and both the
 * migration and the SQL read that copy.
 */
final class SampleMigration {

    /** The sample both ways read: the MySQL schema, and the candidate's targets as the rehearsal named them. */
    record Sample(JdbcSource jdbc, List<Target> targets, boolean scratch) {
    }

    private final JdbcSource jdbc;
    private final AwsTarget aws;
    private final RehearsalOptions options;
    private final CancellationToken cancel;

    SampleMigration(JdbcSource jdbc, AwsTarget aws, RehearsalOptions options, CancellationToken cancel) {
        this.jdbc = jdbc;
        this.aws = aws;
        this.options = options;
        this.cancel = cancel;
    }

    /** Migrates the targets of {@code candidate} that read any of {@code tables} (names as MySQL spells them). */
    Sample migrate(List<Target> candidate, Set<String> tables) throws IOException {
        List<Target> chosen = candidate.stream().filter(t -> t.sources().stream().anyMatch(s -> reads(s, tables)))
                .map(t -> t.withTable(options.tablePrefix() + t.table()).withIfExists(ExistingTablePolicy.REPLACE)
                        .withLoad(LoadMode.BATCH))
                .toList();
        if (chosen.isEmpty()) {
            return new Sample(jdbc, List.of(), false);
        }
        boolean scratch = overCap(chosen);
        JdbcSource sample = scratch ? copyToScratch(chosen) : jdbc;
        run(sample, chosen);
        return new Sample(sample, chosen, scratch);
    }

    private static boolean reads(TargetSource source, Set<String> tables) {
        return source.kind() != MigrationSource.Kind.QUERY && tables.stream().anyMatch(t -> t.equalsIgnoreCase(source.name()));
    }

    private void run(JdbcSource sample, List<Target> targets) throws IOException {
        Path stage = Files.createTempDirectory("lsql-rehearsal-");
        try {
            RunDefaults defaults = RunDefaults.STANDARD.withLoad(LoadMode.BATCH).withVerify(false);
            Plan plan = new Plan(Plan.VERSION, PlanBuilder.describe(sample), null, stage.toUri().toString(), defaults, targets);
            RunReport report = new PlanRunner(sample, aws, RunListener.NONE, cancel).run(plan, false, true);
            if (report.state() != TargetState.DONE) {
                String error = report.targets().stream().filter(l -> l.error() != null).map(l -> l.table() + ": " + l.error())
                        .findFirst().orElse(report.state().name());
                throw new LsqlException("The sample migration did not finish: " + error);
            }
        } finally {
            FileTrees.delete(stage);
        }
    }

    private boolean overCap(List<Target> targets) {
        try (Connection connection = jdbc.openReadOnly(); Statement s = connection.createStatement()) {
            for (String table : baseTables(connection, targets)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + ValueChooser.quote(table))) {
                    if (rs.next() && rs.getLong(1) > options.sampleRows()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new LsqlException("Counting the rows to sample failed: " + ErrorText.of(e) + ".", e);
        }
    }

    /** Copies the first {@code sampleRows} rows of every table (by primary key) and every view into the scratch schema. */
    private JdbcSource copyToScratch(List<Target> targets) {
        String database = jdbc.database();
        String scratch = options.scratchFor(database);
        try (Connection connection = jdbc.open(); Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + ValueChooser.quote(scratch));
            List<String> views = new ArrayList<>();
            for (String source : sourceNames(targets)) {
                if (isView(connection, source)) {
                    views.add(source);
                }
            }
            for (String table : baseTables(connection, targets)) {
                copyTable(s, database, scratch, table, primaryKey(connection, table));
            }
            for (String view : views) {
                copyView(connection, s, database, scratch, view);
            }
        } catch (SQLException e) {
            throw new LsqlException("Copying the sample into the scratch schema " + scratch + " failed (" + ErrorText.of(e)
                    + "); grant the user CREATE, DROP, INSERT and SELECT on " + scratch + ".*, or raise --sample-rows so every"
                    + " table fits and the database itself is read.", e);
        }
        return jdbc.withDatabase(scratch);
    }

    private void copyTable(Statement s, String database, String scratch, String table, List<String> key) throws SQLException {
        String copy = ValueChooser.quote(scratch) + "." + ValueChooser.quote(table);
        String original = ValueChooser.quote(database) + "." + ValueChooser.quote(table);
        s.execute("DROP VIEW IF EXISTS " + copy);
        s.execute("DROP TABLE IF EXISTS " + copy);
        s.execute("CREATE TABLE " + copy + " LIKE " + original);
        String order = key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key.stream().map(ValueChooser::quote).toList());
        s.execute("INSERT INTO " + copy + " SELECT * FROM " + original + order + " LIMIT " + options.sampleRows());
    }

    /** The view over the copies: its definition with the database's qualifier replaced by the scratch schema's. */
    private static void copyView(Connection connection, Statement s, String database, String scratch, String view)
            throws SQLException {
        String definition;
        try (PreparedStatement q = connection.prepareStatement(
                "SELECT VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            q.setString(1, database);
            q.setString(2, view);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                definition = rs.getString(1);
            }
        }
        String retargeted = definition.replace(ValueChooser.quote(database) + ".", ValueChooser.quote(scratch) + ".");
        s.execute("CREATE OR REPLACE VIEW " + ValueChooser.quote(scratch) + "." + ValueChooser.quote(view) + " AS " + retargeted);
    }

    /** The base tables the targets' sources read, views resolved to the tables they read. */
    private Set<String> baseTables(Connection connection, List<Target> targets) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        for (String source : sourceNames(targets)) {
            if (isView(connection, source)) {
                tables.addAll(viewTables(connection, source));
            } else {
                tables.add(source);
            }
        }
        return tables;
    }

    private static Set<String> sourceNames(List<Target> targets) {
        Set<String> names = new LinkedHashSet<>();
        targets.forEach(t -> t.sources().stream().filter(s -> s.kind() != MigrationSource.Kind.QUERY).forEach(s -> names.add(s.name())));
        return names;
    }

    private boolean isView(Connection connection, String name) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT TABLE_TYPE FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            q.setString(1, jdbc.database());
            q.setString(2, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() && rs.getString(1).toUpperCase(Locale.ROOT).contains("VIEW");
            }
        }
    }

    private List<String> viewTables(Connection connection, String view) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT TABLE_NAME FROM information_schema.TABLES WHERE"
                + " TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' AND INSTR((SELECT VIEW_DEFINITION FROM information_schema.VIEWS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?), CONCAT('`', TABLE_NAME, '`')) > 0")) {
            q.setString(1, jdbc.database());
            q.setString(2, jdbc.database());
            q.setString(3, view);
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            return tables;
        }
    }

    private List<String> primaryKey(Connection connection, String table) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement("SELECT COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION")) {
            q.setString(1, jdbc.database());
            q.setString(2, table);
            List<String> key = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
            return key;
        }
    }
}
