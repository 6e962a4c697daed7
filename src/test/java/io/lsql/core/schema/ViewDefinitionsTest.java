package io.lsql.core.schema;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewDefinitionsTest {

    @Test
    void findsBaseTablesAndColumnOriginsInQualifiedDefinitions() {
        String definition = "select `db`.`c`.`cust_id` AS `cust_id`,`o`.`ord_id` AS `order_id`,concat('x',`o`.`rep_id`) AS `tag` "
                + "from (`db`.`Customers` `c` join `db`.`Orders` `o` on(`db`.`c`.`cust_id` = `o`.`cust_id`))";
        ViewInfo info = ViewDefinitions.parse("db", definition, false);
        assertEquals(List.of("Customers", "Orders"), info.baseTables());
        assertEquals(new ViewInfo.ColumnRef("Orders", "ord_id"), info.columnOrigins().get("order_id"));
        assertTrue(!info.columnOrigins().containsKey("tag"), "expressions have no single origin");
    }

    @Test
    void unionViewsHaveNoColumnOrigins() {
        ViewInfo info = ViewDefinitions.parse("db", "select `db`.`a`.`x` AS `x` from `db`.`a` union all select `db`.`b`.`x` AS `x` from `db`.`b`", true);
        assertEquals(List.of("a", "b"), info.baseTables());
        assertTrue(info.columnOrigins().isEmpty());
    }
}
