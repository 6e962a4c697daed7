package io.lsql.core.crud;

import io.lsql.core.CancellationToken;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanBuilder;
import io.lsql.core.plan.RunDefaults;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.run.PlanRunner;
import io.lsql.core.run.RunListener;
import io.lsql.core.run.RunReport;
import io.lsql.core.run.TargetState;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A single-table target (customers and orders under CUST#id): one source bound, decorated keys read back to row keys. */
@IntegrationTest
class CrudSingleTableIT {

    @Test
    void ordersOfOneCustomerAreTheSameOnBothSidesAndTheirKeysReadBackToRowKeys(Sandbox sandbox) throws Exception {
        JdbcSource jdbc = CrudFixture.jdbc(sandbox);
        KeyAttribute pk = new KeyAttribute("PK", KeyType.S);
        KeyAttribute sk = new KeyAttribute("SK", KeyType.S);
        TargetSource orders = source("orders", "Orders", "Order", "ORDER#{ord_id}");
        Target target = new Target("crud_single", pk, sk, List.of(), null, null, 0, 0, null, null, null, List.of(
                source("customers", "Customers", "Customer", "PROFILE#{cust_id}"), orders));
        Plan plan = new Plan(Plan.VERSION, PlanBuilder.describe(jdbc), null, Files.createTempDirectory("crud-single-").toUri().toString(),
                RunDefaults.STANDARD, List.of(target));
        RunReport report = new PlanRunner(jdbc, Databases.aws(sandbox), RunListener.NONE, new CancellationToken()).run(plan, false, false);
        assertEquals(TargetState.DONE, report.state(), report.markdown());

        try (CrudSession crud = CrudSession.open(jdbc, Databases.aws(sandbox), CrudBindings.of(jdbc, target, orders))) {
            CrudBinding binding = crud.binding();
            assertEquals(List.of("cust_id", "ord_id"), binding.rowKeyColumns());
            ItemValue customer = binding.keyValue("PK", RowValues.of("cust_id", "0001"));
            assertEquals(ItemValue.s("CUST#0001"), customer);
            DynamoResult items = crud.dynamo().read(DynamoRead.query(null, customer)
                    .withSort(SortCondition.of(Comparison.BEGINS_WITH, ItemValue.s("ORDER#"))));
            SqlResult rows = crud.mysql().query(List.of(ColumnPredicate.eq("cust_id", "0001")), 100);
            assertTrue(!rows.rows().isEmpty());
            assertEquals(CrudIT.mapped(rows), Set.copyOf(items.items()));
            assertEquals(rows.rows().stream().map(r -> crud.mysql().keyOf(r.values()).get("ord_id")).collect(Collectors.toSet()),
                    items.items().stream().map(i -> binding.rowKey(i).get("ord_id")).collect(Collectors.toSet()));
            DynamoResult wholeCollection = crud.dynamo().read(DynamoRead.query(null, customer));
            assertEquals(items.items().size(), wholeCollection.items().size(), "the customer's profile item is filtered out");
            assertTrue(wholeCollection.scannedCount() > wholeCollection.count());

            RowValues row = RowValues.of("ord_id", "0100", "cust_id", "0001").with("rep_id", "SAM")
                    .with("ord_date", "2024-06-01 00:00:00").with("ship_date", "2024-06-03 00:00:00").with("last_updated", "2024-06-01 00:00:00");
            BothResult inserted = crud.both().insert(row, WriteSemantics.MYSQL);
            assertTrue(inserted.agree(), inserted.differences().toString());
            assertEquals(ItemValue.s("ORDER#0100"), inserted.itemAfter().get("SK").orElseThrow());
            assertEquals(ItemValue.s("Order"), inserted.itemAfter().get(TargetSource.ENTITY_ATTRIBUTE).orElseThrow());
            BothResult deleted = crud.both().delete(RowValues.of("cust_id", "0001", "ord_id", "0100"));
            assertEquals(1, deleted.sql().affected());
            assertEquals(1, deleted.dynamo().affected());
        }
    }

    static TargetSource source(String id, String table, String entity, String sortTemplate) {
        return new TargetSource(id, MigrationSource.Kind.TABLE, table, entity, List.of(new KeyTemplateSpec("PK", "CUST#{cust_id}"),
                new KeyTemplateSpec("SK", sortTemplate)), List.of(), false);
    }
}
