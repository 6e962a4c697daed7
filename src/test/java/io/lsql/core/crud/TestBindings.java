package io.lsql.core.crud;

import io.lsql.core.mapping.SourceColumn;
import io.lsql.core.migrate.MigrationSource;
import io.lsql.core.migrate.SourceDescription;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.KeyAttribute;
import io.lsql.core.plan.KeyTemplateSpec;
import io.lsql.core.plan.KeyType;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Column;
import io.lsql.core.schema.ColumnTypes;
import io.lsql.core.schema.Table;
import io.lsql.core.schema.TableKind;

import java.util.List;

/** Bindings built without a server, for unit tests of the statements and calls. */
final class TestBindings {

    private TestBindings() {
    }

    /**
     * {@code Accounts(cust_id varchar(20), seq int, name varchar(40), credit int, photo blob, region varchar(30))},
     * primary key (cust_id, seq), keyed {@code CUST#{cust_id}} / {@code {seq:010}}, GSI idx_region on region_key {region}.
     */
    static CrudBinding accounts() {
        List<Column> columns = List.of(column("cust_id", 1, "varchar", "varchar(20)"), column("seq", 2, "int", "int(11)"),
                column("name", 3, "varchar", "varchar(40)"), column("credit", 4, "int", "int(11)"),
                column("photo", 5, "blob", "blob"), column("region", 6, "varchar", "varchar(30)"));
        Table table = new Table("db", "Accounts", TableKind.TABLE, "InnoDB", "", columns, List.of("cust_id", "seq"), List.of(),
                List.of(), -1, -1, -1, null);
        TargetSource source = new TargetSource("Accounts", MigrationSource.Kind.TABLE, "Accounts", null, List.of(
                new KeyTemplateSpec("PK", "CUST#{cust_id}"), new KeyTemplateSpec("SK", "{seq:010}"),
                new KeyTemplateSpec("region_key", "{region}")), List.of(), false);
        Target target = new Target("accounts", new KeyAttribute("PK", KeyType.S), new KeyAttribute("SK", KeyType.S),
                List.of(new Index("idx_region", new KeyAttribute("region_key", KeyType.S), null, "ALL", List.of())), null, null, 0, 0,
                null, null, null, List.of(source));
        SourceDescription description = new SourceDescription(new MigrationSource(MigrationSource.Kind.TABLE, "Accounts"),
                columns.stream().map(SourceColumn::of).toList(), table, null);
        return new CrudBinding(target, source, description);
    }

    static Column column(String name, int position, String dataType, String columnType) {
        return new Column(name, position, dataType, columnType, null, ColumnTypes.maxBytes(dataType, columnType, null, null), null,
                null, null, false, true, null, null, false, null, List.of());
    }
}
