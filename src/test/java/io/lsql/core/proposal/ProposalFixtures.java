package io.lsql.core.proposal;

import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.JoinPair;
import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.PatternShape;
import io.lsql.core.patterns.PatternSource;
import io.lsql.core.patterns.RangeCondition;
import io.lsql.core.patterns.StatementKind;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Column;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-built tables, profiles, designs and patterns for the planner and gate tests: no database needed. */
final class ProposalFixtures {

    static final List<SourceColumn> CUSTOMERS = columns("cust_id", "region", "phone");
    static final List<SourceColumn> ORDERS = columns("ord_id", "cust_id", "ord_date");
    static final List<SourceColumn> ORDER_LINES = columns("ord_id", "ord_line_id", "qty");

    private ProposalFixtures() {
    }

    static List<SourceColumn> columns(String... names) {
        List<SourceColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            columns.add(SourceColumn.of(new Column(names[i], i + 1, "varchar", "varchar(20)", 20L, 80L, null, null, null, false,
                    i > 0, null, null, false, "utf8mb4", List.of())));
        }
        return columns;
    }

    /** 100 customers over 4 regions, half without a phone; 300 orders, 3 per customer; 4 lines per order of 75. */
    static DataProfile profile() {
        List<List<String>> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(Arrays.asList(id(i), "R" + (i % 4), i % 2 == 0 ? null : "555-" + i));
        }
        List<List<String>> orders = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            orders.add(Arrays.asList(id(i), id(i / 3), "2024-01-" + (10 + i % 20)));
        }
        List<List<String>> lines = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            lines.add(Arrays.asList(id(i / 4), id(i % 4), String.valueOf(i % 5)));
        }
        return new DataProfile("shop", 2000, List.of(TableProfile.of("Customers", 100, CUSTOMERS, customers, 200, 300),
                TableProfile.of("Orders", 300, ORDERS, orders, 150, 200),
                TableProfile.of("OrderLines", 300, ORDER_LINES, lines, 100, 120)));
    }

    static String id(int i) {
        return String.format("%04d", i);
    }

    static KeyAttribute s(String name) {
        return new KeyAttribute(name, KeyType.S);
    }

    static TargetSource source(String table, String... keys) {
        List<KeyTemplateSpec> specs = new ArrayList<>();
        for (int i = 0; i < keys.length; i += 2) {
            specs.add(new KeyTemplateSpec(keys[i], keys[i + 1]));
        }
        return new TargetSource(table, MigrationSource.Kind.TABLE, table, null, specs, List.of(), false);
    }

    static Target target(String table, KeyAttribute pk, KeyAttribute sk, List<Index> indexes, TargetSource... sources) {
        return new Target(table, pk, sk, indexes, null, null, 0, 0, null, null, null, List.of(sources));
    }

    static Index gsi(String name, String pk, String sk) {
        return new Index(name, s(pk), sk == null ? null : s(sk), "ALL", List.of());
    }

    /** Today's design: a table per table, GSIs by_region on Customers and by_cust (cust_id, ord_date) on Orders. */
    static List<Target> tablePerTable() {
        return List.of(target("Customers", s("cust_id"), null, List.of(gsi("by_region", "region", null)),
                        source("Customers", "cust_id", "{cust_id}")),
                target("Orders", s("ord_id"), null, List.of(gsi("by_cust", "cust_id", "ord_date")), source("Orders", "ord_id", "{ord_id}")),
                orderLines());
    }

    static Target orderLines() {
        return target("OrderLines", s("ord_id"), s("ord_line_id"), List.of(),
                source("OrderLines", "ord_id", "{ord_id}", "ord_line_id", "{ord_line_id}"));
    }

    /** Orders in their customer's item collection, GSI Orders_key for lookups by ord_id. */
    static List<Target> collections() {
        return List.of(target("Customers", s("cust_id"), s("sk"), List.of(gsi("by_region", "region", null),
                        gsi("Orders_key", "ord_id", null)),
                        source("Customers", "cust_id", "{cust_id}", "sk", "CUSTOMERS#{cust_id}").withEntityType("Customers"),
                        source("Orders", "cust_id", "{cust_id}", "sk", "ORDERS#{ord_id}").withEntityType("Orders")),
                orderLines());
    }

    static AccessPattern pattern(StatementKind kind, List<String> tables, List<String> equalities, RangeCondition range,
                                 List<OrderTerm> order, List<JoinPair> joins) {
        PatternShape shape = new PatternShape(kind, tables, equalities, range, List.of(), order, PatternShape.NO_LIMIT, joins,
                List.of(), List.of(), "");
        return new AccessPattern("p-" + Integer.toHexString(shape.hashCode()), "SELECT …", PatternSource.FILE, 1, 0, 0, null,
                null, 0, 0, 1, shape);
    }
}
