package io.lsql.core.plan;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DynamoRules;
import io.lsql.core.design.GsiDesign;
import io.lsql.core.design.KeyDesign;
import io.lsql.core.design.KeyPart;
import io.lsql.core.design.KeySource;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.AttributeType;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Validates a plan against the live schema and DynamoDB's documented rules before any work: every
 * problem is one line that names the target, the source and the field, so a user can fix them all at once.
 */
public final class PlanChecker {

    private PlanChecker() {
    }

    /** Checks {@code plan} against the database {@code jdbc} names; queries are described by the server. */
    public static List<String> check(Plan plan, JdbcSource jdbc) {
        String database = jdbc.database();
        if (database.isEmpty()) {
            throw new LsqlException("The JDBC URL names no database: use jdbc:mysql://host:port/<database>.");
        }
        try (Connection connection = jdbc.openReadOnly()) {
            Schema schema = new SchemaReader(connection).read(database);
            return check(plan, SourceColumns.in(schema, SourceColumns.queries(connection, database)));
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + e.getMessage(), e);
        }
    }

    /** Checks {@code plan}, asking {@code columns} what each source's columns are. */
    public static List<String> check(Plan plan, Function<TargetSource, SourceColumns> columns) {
        List<String> problems = new ArrayList<>();
        planRules(plan, problems::add);
        for (Target target : plan.targets()) {
            String where = "target " + target.table() + ": ";
            targetRules(plan, target, p -> problems.add(where + p + "."));
            for (TargetSource source : target.sources()) {
                SourceCheck.check(target, source, columns.apply(source), problems::add);
            }
        }
        return problems;
    }

    private static void planRules(Plan plan, Consumer<String> problems) {
        if (plan.targets().isEmpty()) {
            problems.accept("plan: it has no targets; write one with lsql plan.");
        }
        String stage = plan.stage();
        if (stage != null && !stage.startsWith("file:") && !stage.startsWith("s3://")) {
            problems.accept("plan: stage " + stage + " is neither file:///dir nor s3://bucket/prefix.");
        }
        Set<String> tables = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Target target : plan.targets()) {
            if (target.table() != null && !tables.add(target.table())) {
                problems.accept("plan: two targets fill table " + target.table() + "; give each its own name, "
                        + "or make them one target with several sources.");
            }
            for (TargetSource source : target.sources()) {
                if (source.id() == null || source.id().isBlank()) {
                    problems.accept("target " + target.table() + ": a source of " + source.name() + " has no id.");
                } else if (!ids.add(source.id())) {
                    problems.accept("target " + target.table() + ", source " + source.id()
                            + ": the source id is used twice in the plan; ids name the stage folders, so make them unique.");
                }
            }
        }
    }

    private static void targetRules(Plan plan, Target target, Consumer<String> problems) {
        createTableRules(target, problems);
        loadRules(plan, target, problems);
        if (target.sources().isEmpty()) {
            problems.accept("it has no sources");
        }
        if (target.singleTable()) {
            Set<String> entities = new HashSet<>();
            for (TargetSource source : target.sources()) {
                if (source.entityType() == null || source.entityType().isBlank()) {
                    problems.accept("source " + source.id() + " has no entityType; in a target with several sources each "
                            + "source names its entity in attribute " + TargetSource.ENTITY_ATTRIBUTE);
                } else if (!entities.add(source.entityType())) {
                    problems.accept("source " + source.id() + " has entityType " + source.entityType()
                            + " like another source; verify tells sources apart by it, so make it unique");
                }
            }
        }
        if (target.billingMode() == BillingMode.PROVISIONED && (target.readCapacity() <= 0 || target.writeCapacity() <= 0)) {
            problems.accept("billingMode PROVISIONED needs readCapacity and writeCapacity of at least 1");
        }
        if (target.billingMode() == BillingMode.PAY_PER_REQUEST && (target.readCapacity() > 0 || target.writeCapacity() > 0)) {
            problems.accept("readCapacity and writeCapacity apply to billingMode PROVISIONED only; set them to 0 or switch");
        }
    }

    private static void loadRules(Plan plan, Target target, Consumer<String> problems) {
        LoadMode load = target.loadOr(plan.defaults());
        if (load == LoadMode.IMPORT) {
            if (plan.stage() == null || !plan.stage().startsWith("s3://")) {
                problems.accept("load import reads the staged files from S3, so the stage must be s3://bucket/prefix, not "
                        + (plan.stage() == null ? "none" : plan.stage()) + "; or load by batch");
            }
            if (target.ifExistsOrDefault() == ExistingTablePolicy.APPEND) {
                problems.accept("load import creates a new table and cannot append to an existing one; use ifExists fail "
                        + "or replace, or load by batch");
            }
        }
        if (target.writeConditionOrDefault() == WriteCondition.ATTRIBUTE_NOT_EXISTS && load != LoadMode.BATCH) {
            problems.accept("writeCondition attribute-not-exists applies to load batch only, not " + load.id());
        }
    }

    /** Names, key schema, key types, index count and projections: DynamoRules on the CreateTable input the target becomes. */
    private static void createTableRules(Target target, Consumer<String> problems) {
        if (target.partitionKey() == null || target.partitionKey().name() == null || target.partitionKey().type() == null) {
            problems.accept("partitionKey needs a name and a type (S, N or B)");
            return;
        }
        Map<String, KeyType> types = new HashMap<>();
        List<KeyAttribute> keys = new ArrayList<>(SourceCheck.tableKeys(target));
        target.indexes().forEach(i -> {
            keys.add(i.partitionKey());
            keys.add(i.sortKey());
        });
        boolean complete = true;
        for (KeyAttribute key : keys) {
            if (key == null) {
                continue;
            }
            if (key.name() == null || key.type() == null) {
                problems.accept("a key attribute of an index needs a name and a type (S, N or B)");
                complete = false;
            } else if (types.containsKey(key.name()) && types.get(key.name()) != key.type()) {
                problems.accept("key attribute " + key.name() + " is declared both " + types.get(key.name()) + " and "
                        + key.type() + "; an attribute has one type in the table and all its indexes");
            } else {
                types.put(key.name(), key.type());
            }
        }
        if (target.indexes().stream().anyMatch(i -> i.partitionKey() == null)) {
            problems.accept("every index needs a partitionKey");
            complete = false;
        }
        if (complete) {
            try {
                DynamoRules.check(design(target));
            } catch (LsqlException e) {
                problems.accept(SourceColumns.stripPeriod(e.getMessage()));
            }
        }
    }

    private static TableDesign design(Target target) {
        KeyDesign key = new KeyDesign(part(target.partitionKey()), part(target.sortKey()), KeySource.USER_OVERRIDE);
        List<GsiDesign> gsis = target.indexes().stream().map(i -> new GsiDesign(i.name(), i.name(), part(i.partitionKey()),
                part(i.sortKey()), i.projection(), i.nonKeyAttributes(), false, false)).toList();
        return new TableDesign(null, null, null, target.table(), key, gsis, List.of(), List.of(), List.of(), List.of(), 0, 0);
    }

    private static KeyPart part(KeyAttribute key) {
        return key == null ? null : new KeyPart(key.name(), AttributeType.valueOf(key.type().name()), List.of(), "");
    }
}
