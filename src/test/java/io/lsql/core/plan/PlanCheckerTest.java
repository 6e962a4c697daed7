package io.lsql.core.plan;

import io.lsql.core.mapping.Transform;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ColumnTypes;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlanCheckerTest {

    private static final Table ORDERS = table("Orders", TableKind.TABLE,
            column("ord_id", "varchar", "varchar(20)"), column("cust_id", "varchar", "varchar(20)"),
            column("qty", "int", "int(11)"), column("stock", "int", "int(11)"), column("shipped", "tinyint", "tinyint(1)"), column("flags", "bit", "bit(1)"),
            column("ord_date", "datetime", "datetime"), column("price", "decimal", "decimal(10,2)"),
            column("doc", "json", "json"), column("note", "varchar", "varchar(50)"));
    private static final Table ORDERS_VIEW = table("vOrders", TableKind.VIEW, column("ord_id", "varchar", "varchar(20)"));
    private static final Schema SCHEMA = new Schema("shop", "11.4", Schema.ServerFlavor.MARIADB, List.of(ORDERS, ORDERS_VIEW));

    /** A clean plan: one target, table key ord_id, a GSI on a derived cust_id_key with the sort key qty. */
    static Plan valid() {
        TargetSource source = new TargetSource("Orders", MigrationSource.Kind.TABLE, "Orders", null,
                List.of(new KeyTemplateSpec("ord_id", "{ord_id}"), new KeyTemplateSpec("cust_id_key", "{cust_id}")),
                ORDERS.columns().stream().map(PlanBuilder::rule).toList(), false);
        Index byCustomer = new Index("idx_cust", new KeyAttribute("cust_id_key", KeyType.S), new KeyAttribute("qty", KeyType.N),
                "ALL", List.of());
        Target target = new Target("dev_Orders", new KeyAttribute("ord_id", KeyType.S), null, List.of(byCustomer), null,
                BillingMode.PAY_PER_REQUEST, 0, 0, null, null, null, List.of(source));
        return new Plan(Plan.VERSION, new PlanSource(null, "jdbc:mysql://db:3306/shop", "app"), new PlanTarget(null, "eu-west-1", null),
                "s3://bucket/run", RunDefaults.STANDARD.withLoad(LoadMode.IMPORT), List.of(target));
    }

    @Test
    void aPlanThatFitsTheSchemaAndDynamoDbsRulesHasNoProblems() {
        assertEquals(List.of(), check(valid()));
    }

    static Stream<Arguments> defects() {
        return Stream.of(
                defect("unknown table", p -> source(p, s -> new TargetSource(s.id(), s.kind(), "Nope", null, s.keys(), List.of(), false)),
                        "target dev_Orders, source Orders: there is no table Nope in shop."),
                defect("view named as a table", p -> source(p, s -> new TargetSource(s.id(), MigrationSource.Kind.TABLE, "vOrders",
                        null, List.of(new KeyTemplateSpec("ord_id", "{ord_id}")), List.of(), false)), "vOrders is a view, not a table"),
                defect("unknown column in a key template", p -> source(p, s -> s.withKeys(List.of(new KeyTemplateSpec("ord_id", "ORD#{nope}"),
                        new KeyTemplateSpec("cust_id_key", "{cust_id}")))), "key ord_id: Key template 'ORD#{nope}' names unknown column 'nope'"),
                defect("missing template for the partition key", p -> source(p, s -> s.withKeys(List.of(new KeyTemplateSpec("cust_id_key",
                        "{cust_id}")))), "source Orders: no key template for partition key ord_id"),
                defect("template type differs from the key type", p -> source(p, s -> s.withKeys(List.of(new KeyTemplateSpec("ord_id", "{qty}"),
                        new KeyTemplateSpec("cust_id_key", "{cust_id}")))), "key ord_id is declared S but its template {qty} gives N"),
                defect("template for no key", p -> source(p, s -> s.withKeys(append(s.keys(), new KeyTemplateSpec("other", "{note}")))),
                        "key template other fills an attribute that is no key"),
                defect("unknown column in a rule", p -> rules(p, r -> r.column().equals("note") ? new AttributeRule("nope", null, null, null, null) : r),
                        "attribute rule names unknown column nope"),
                defect("epoch-seconds on text", p -> transform(p, "note", Transform.EPOCH_SECONDS),
                        "Column note (varchar(50)) cannot take the transform epoch-seconds, which applies to DATE, DATETIME and TIMESTAMP columns only"),
                defect("bool on an int", p -> transform(p, "stock", Transform.BOOL), "Column stock (int(11)) cannot take the transform bool"),
                defect("document on text", p -> transform(p, "note", Transform.DOCUMENT), "Column note (varchar(50)) cannot take the transform document"),
                defect("number on a datetime", p -> transform(p, "ord_date", Transform.NUMBER), "Column ord_date (datetime) cannot take the transform number"),
                defect("iso-text on json", p -> transform(p, "doc", Transform.ISO_TEXT), "Column doc (json) cannot take the transform iso-text"),
                defect("two columns as one attribute", p -> rules(p, r -> r.column().equals("note") ? r.withAttribute("ord_date") : r),
                        "two columns are written as attribute ord_date"),
                defect("ttl attribute written as S", p -> target(p, t -> t.withTtlAttribute("ord_date")),
                        "TTL attribute ord_date is written as S"),
                defect("ttl attribute nobody writes", p -> target(p, t -> t.withTtlAttribute("expires")),
                        "no column is written as the TTL attribute expires"),
                defect("plain index key written as another type", p -> transform(p, "qty", Transform.STRING),
                        "index key qty is declared N but column qty is written as S"),
                defect("table name DynamoDB refuses", p -> target(p, t -> t.withTable("dev Orders")), "DynamoDB refuses the table name 'dev Orders'"),
                defect("index name DynamoDB refuses", p -> target(p, t -> t.withIndexes(List.of(new Index("ix", t.indexes().get(0).partitionKey(),
                        null, "ALL", List.of())))), "DynamoDB refuses the index name 'ix'"),
                defect("21 GSIs", p -> target(p, t -> t.withIndexes(Stream.iterate(0, i -> i + 1).limit(21).map(i -> new Index("idx_" + i,
                        t.indexes().get(0).partitionKey(), null, "ALL", List.of())).toList())), "declares 21 global secondary indexes"),
                defect("one attribute, two key types", p -> target(p, t -> t.withIndexes(append(t.indexes(), new Index("idx_ord",
                        new KeyAttribute("ord_id", KeyType.N), null, "ALL", List.of())))), "key attribute ord_id is declared both S and N"),
                defect("two targets, one table", p -> p.withTargets(List.of(p.targets().get(0), p.targets().get(0)
                        .withSources(List.of(p.targets().get(0).sources().get(0).withId("Orders2"))))), "plan: two targets fill table dev_Orders"),
                defect("one source id twice", p -> p.withTargets(List.of(p.targets().get(0), p.targets().get(0).withTable("dev_Orders2"))),
                        "target dev_Orders2, source Orders: the source id is used twice"),
                defect("single-table target without entity types", p -> target(p, t -> t.withSources(List.of(t.sources().get(0),
                        t.sources().get(0).withId("Orders2").withEntityType("line")))), "source Orders has no entityType"),
                defect("import from a file stage", p -> p.withStage("file:///tmp/run"), "load import reads the staged files from S3"),
                defect("import appending", p -> target(p, t -> t.withIfExists(ExistingTablePolicy.APPEND)),
                        "load import creates a new table and cannot append"),
                defect("conditional writes by import", p -> target(p, t -> t.withWriteCondition(WriteCondition.ATTRIBUTE_NOT_EXISTS)),
                        "writeCondition attribute-not-exists applies to load batch only, not import"),
                defect("provisioned without capacity", p -> target(p, t -> t.withBilling(BillingMode.PROVISIONED, 0, 5)),
                        "billingMode PROVISIONED needs readCapacity and writeCapacity"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defects")
    void eachDefectIsOneLineNamingTheTargetSourceAndField(String name, UnaryOperator<Plan> defect, String expected) {
        List<String> problems = check(defect.apply(valid()));
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).contains(expected), problems.get(0));
        assertTrue(problems.get(0).startsWith("target ") || problems.get(0).startsWith("plan: "), problems.get(0));
        assertTrue(!problems.get(0).contains("\n") && problems.get(0).endsWith("."), problems.get(0));
    }

    @Test
    void transformsThatFitTheirColumnsPass() {
        Plan plan = transform(transform(transform(transform(transform(valid(), "ord_date", Transform.EPOCH_SECONDS), "shipped",
                Transform.NUMBER), "flags", Transform.BOOL), "doc", Transform.STRING), "price", Transform.STRING);
        assertEquals(List.of(), check(target(plan, t -> t.withTtlAttribute("ord_date"))));
    }

    @Test
    void aSingleTableTargetWithEntityTypesPasses() {
        Plan plan = target(valid(), t -> t.withSources(List.of(t.sources().get(0).withEntityType("order"),
                t.sources().get(0).withId("Orders2").withEntityType("line"))));
        assertEquals(List.of(), check(plan));
    }

    private static List<String> check(Plan plan) {
        return PlanChecker.check(plan, SourceColumns.in(SCHEMA, sql -> SourceColumns.missing("no queries here")));
    }

    private static Arguments defect(String name, UnaryOperator<Plan> change, String expected) {
        return Arguments.of(name, change, expected);
    }

    private static Plan target(Plan plan, UnaryOperator<Target> change) {
        return plan.withTargets(List.of(change.apply(plan.targets().get(0))));
    }

    private static Plan source(Plan plan, UnaryOperator<TargetSource> change) {
        return target(plan, t -> t.withSources(List.of(change.apply(t.sources().get(0)))));
    }

    private static Plan rules(Plan plan, UnaryOperator<AttributeRule> change) {
        return source(plan, s -> s.withAttributes(s.attributes().stream().map(change).toList()));
    }

    private static Plan transform(Plan plan, String column, Transform transform) {
        return rules(plan, r -> r.column().equals(column) ? r.withTransform(transform) : r);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> all = new ArrayList<>(list);
        all.add(element);
        return all;
    }

    static Column column(String name, String dataType, String columnType) {
        return new Column(name, 1, dataType, columnType, null, ColumnTypes.maxBytes(dataType, columnType, 80L, null),
                dataType.equals("decimal") ? 10 : null, dataType.equals("decimal") ? 2 : null, null, false, false, null, null,
                false, null, List.of());
    }

    static Table table(String name, TableKind kind, Column... columns) {
        return new Table("shop", name, kind, "InnoDB", "", List.of(columns), List.of(), List.of(), List.of(), -1, -1, -1, null);
    }
}
