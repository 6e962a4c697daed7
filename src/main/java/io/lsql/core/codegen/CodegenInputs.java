package io.lsql.core.codegen;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.AttributeDesign;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.Transform;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.PlanFiles;
import io.lsql.core.plan.SourceColumns;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.core.schema.TableKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads what {@code lsql codegen java --design} names: a plan file, or a directory {@code lsql design} wrote. */
public final class CodegenInputs {

    /** The file {@code lsql design --out DIR} writes its designs to. */
    public static final String DESIGN_FILE = "design.json";

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CodegenInputs() {
    }

    /** Reads a plan file, a design directory or its design.json; a plan's sources get no column types (see {@link #fromPlan}). */
    public static CodegenInput read(Path path) {
        return read(path, null);
    }

    /**
     * Reads a plan file, a design directory or its design.json.
     *
     * @param jdbc where a plan's source columns are read from (a design knows its columns), or {@code null}
     */
    public static CodegenInput read(Path path, JdbcSource jdbc) {
        Path file = Files.isDirectory(path) ? path.resolve(DESIGN_FILE) : path;
        if (!Files.isRegularFile(file)) {
            throw new LsqlException(Files.isDirectory(path) ? path + " holds no " + DESIGN_FILE + "; write one with lsql design --out "
                    + path + "." : "There is no file or directory " + path + ".");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LsqlException("Cannot read " + file + ": " + ErrorText.of(e) + ".", e);
        }
        if (PlanFiles.isVersioned(content)) {
            Plan plan = PlanFiles.parse(content, file.toString());
            return jdbc == null ? fromPlan(plan, file.toString(), Map.of()) : fromPlan(plan, file.toString(), jdbc);
        }
        return fromDesign(content, file);
    }

    /** A plan's targets with the columns {@code columns} knows, by source id. */
    public static CodegenInput fromPlan(Plan plan, String origin, Map<String, List<Column>> columns) {
        return new CodegenInput(origin, plan.targets(), columns);
    }

    /** A plan's targets with every source's columns read from the server, as the plan check reads them. */
    public static CodegenInput fromPlan(Plan plan, String origin, JdbcSource jdbc) {
        try (Connection connection = jdbc.openReadOnly()) {
            Schema schema = new SchemaReader(connection).read(jdbc.database());
            Function<TargetSource, SourceColumns> lookup = SourceColumns.in(schema, SourceColumns.queries(connection, jdbc.database()));
            Map<String, List<Column>> columns = new HashMap<>();
            for (Target target : plan.targets()) {
                for (TargetSource source : target.sources()) {
                    SourceColumns found = lookup.apply(source);
                    if (!found.isFound()) {
                        throw new LsqlException("Target " + target.table() + ", source " + source.id() + ": " + found.problem() + ".");
                    }
                    columns.put(source.id(), found.columns());
                }
            }
            return fromPlan(plan, origin, columns);
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + e.getMessage(), e);
        }
    }

    private static CodegenInput fromDesign(byte[] content, Path file) {
        JsonNode root;
        List<TableDesign> designs = new ArrayList<>();
        try {
            root = JSON.readTree(content);
            if (root == null || !root.path("tables").isArray()) {
                throw new LsqlException(file + " is neither a plan (lsql plan --out) nor a design (lsql design --out writes "
                        + DESIGN_FILE + ").");
            }
            for (JsonNode table : root.get("tables")) {
                designs.add(JSON.treeToValue(table, TableDesign.class));
            }
        } catch (IOException e) {
            throw new LsqlException(file + " is not a design lsql can read: " + ErrorText.of(e).lines().findFirst().orElse("") + ".", e);
        }
        String schema = root.path("schema").asText("");
        return fromDesigns(schema.isEmpty() ? file.toString() : "MySQL database " + schema, designs);
    }

    /**
     * Designs as the advisor made them (e.g. the CRUD pane's table), each its own target keyed and indexed as designed.
     *
     * @param origin names where the designs came from, for the generated README
     */
    public static CodegenInput fromDesigns(String origin, List<TableDesign> designs) {
        List<Target> targets = new ArrayList<>();
        Map<String, List<Column>> columns = new HashMap<>();
        for (TableDesign design : designs) {
            List<AttributeRule> rules = new ArrayList<>();
            List<Column> sourceColumns = new ArrayList<>();
            for (AttributeDesign attribute : design.attributes()) {
                if (attribute.sourceColumn() != null) {
                    rules.add(new AttributeRule(attribute.sourceColumn(), attribute.sourceColumn(), attribute.type().name(),
                            Transform.DEFAULT, null));
                    sourceColumns.add(CodegenInput.column(attribute.sourceColumn(), sourceColumns.size() + 1, attribute.sourceType()));
                }
            }
            MigrationSource.Kind kind = design.sourceKind() == TableKind.VIEW ? MigrationSource.Kind.VIEW : MigrationSource.Kind.TABLE;
            Target target = PlanBuilder.target(design, kind, rules, "");
            targets.add(target);
            columns.put(target.sources().get(0).id(), sourceColumns);
        }
        return new CodegenInput(origin, targets, columns);
    }
}
