package io.lsql.core.plan;

import io.lsql.core.connect.JdbcSource;
import io.lsql.core.design.DesignService;
import io.lsql.core.design.GsiDesign;
import io.lsql.core.design.KeyPart;
import io.lsql.core.design.TableDesign;
import io.lsql.core.mapping.Transform;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a whole-database plan from the design advisor: one target per table (and view), keyed, indexed
 * and typed exactly as {@code lsql design} proposes, so that running a target moves the same items as
 * {@code lsql migrate --table} does for that table today.
 */
public final class PlanBuilder {

    /**
     * What to plan.
     *
     * @param tables      the tables and views to plan, as named in MySQL; empty = every base table
     * @param views       with an empty {@code tables}, add every view too
     * @param tablePrefix put before every DynamoDB table name (e.g. {@code dev_}), or empty
     * @param source      how the plan names its MySQL source (no secret)
     * @param target      the AWS profile, region and endpoint
     */
    public record Request(List<String> tables, boolean views, String tablePrefix, String stage, PlanSource source,
                          PlanTarget target) {

        public Request {
            tables = tables == null ? List.of() : List.copyOf(tables);
            tablePrefix = tablePrefix == null ? "" : tablePrefix;
        }
    }

    private final DesignService designs;

    public PlanBuilder(DesignService designs) {
        this.designs = designs;
    }

    /** Reads the schema through {@code jdbc}, designs the requested tables and returns their plan. */
    public Plan build(JdbcSource jdbc, Request request) {
        DesignService.SchemaDesign design = designs.design(jdbc, request.tables());
        return fromDesigns(design.schema(), design.designs(), request);
    }

    /** How a plan names {@code jdbc}: its URL without credentials and its user, never its password. */
    public static PlanSource describe(JdbcSource jdbc) {
        return new PlanSource(null, jdbc.urlWithoutSecrets(), jdbc.user());
    }

    /** The plan of already designed tables, in the order the schema lists them. */
    public static Plan fromDesigns(Schema schema, List<TableDesign> designs, Request request) {
        List<Target> targets = new ArrayList<>();
        for (TableDesign design : designs) {
            Table table = schema.table(design.sourceName()).orElseThrow(() -> new IllegalArgumentException(
                    "design of " + design.sourceName() + " has no table in " + schema.name()));
            if (table.isView() && request.tables().isEmpty() && !request.views()) {
                continue;
            }
            targets.add(target(table, design, request.tablePrefix()));
        }
        RunDefaults defaults = RunDefaults.STANDARD.withLoad(isS3(request.stage()) ? LoadMode.IMPORT : LoadMode.BATCH);
        return new Plan(Plan.VERSION, request.source(), request.target(), request.stage(), defaults, targets);
    }

    static Target target(Table table, TableDesign design, String prefix) {
        MigrationSource.Kind kind = table.isView() ? MigrationSource.Kind.VIEW : MigrationSource.Kind.TABLE;
        return target(design, kind, table.columns().stream().map(PlanBuilder::rule).toList(), prefix);
    }

    /**
     * The target of one design whose source columns are known only as {@code attributes} (e.g. a design read back
     * from {@code design.json}), keyed and indexed as the design says.
     */
    public static Target target(TableDesign design, MigrationSource.Kind kind, List<AttributeRule> attributes, String prefix) {
        List<Index> indexes = design.gsis().stream().map(PlanBuilder::index).toList();
        TargetSource source = new TargetSource(design.sourceName(), kind, design.sourceName(), null, keys(design), attributes, false);
        return new Target(prefix + design.tableName(), keyAttribute(design.key().partitionKey()),
                design.key().sortKey() == null ? null : keyAttribute(design.key().sortKey()), indexes, null,
                BillingMode.PAY_PER_REQUEST, 0, 0, null, null, null, List.of(source));
    }

    /** The table key's templates, then those of every derived index key attribute (plain column keys need none). */
    static List<KeyTemplateSpec> keys(TableDesign design) {
        Map<String, String> templates = new LinkedHashMap<>();
        design.key().parts().forEach(part -> templates.put(part.attribute(), part.template()));
        for (GsiDesign gsi : design.gsis()) {
            for (KeyPart part : gsi.parts()) {
                if (!part.isPlainColumn()) {
                    templates.putIfAbsent(part.attribute(), part.template());
                }
            }
        }
        return templates.entrySet().stream().map(e -> new KeyTemplateSpec(e.getKey(), e.getValue())).toList();
    }

    static Index index(GsiDesign gsi) {
        return new Index(gsi.indexName(), keyAttribute(gsi.partitionKey()),
                gsi.sortKey() == null ? null : keyAttribute(gsi.sortKey()), gsi.projection(), gsi.nonKeyAttributes());
    }

    static KeyAttribute keyAttribute(KeyPart part) {
        return new KeyAttribute(part.attribute(), KeyType.parse(part.type().name()));
    }

    static AttributeRule rule(Column column) {
        return new AttributeRule(column.name(), column.name(), TypeMapping.forColumn(column).type().name(), Transform.DEFAULT, null);
    }

    static boolean isS3(String stage) {
        return stage != null && stage.startsWith("s3://");
    }
}
