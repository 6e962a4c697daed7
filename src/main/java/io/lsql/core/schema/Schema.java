package io.lsql.core.schema;

import java.util.List;
import java.util.Optional;

/** One database (MySQL "schema") as read by {@link SchemaReader}. */
public record Schema(String name, String serverVersion, ServerFlavor flavor, List<Table> tables) {

    public Schema {
        tables = List.copyOf(tables);
    }

    public enum ServerFlavor { MYSQL, MARIADB }

    public Optional<Table> table(String tableName) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(tableName)).findFirst();
    }

    /** Foreign keys of other tables that point at {@code tableName}. */
    public List<ForeignKey> incomingForeignKeys(String tableName) {
        return tables.stream().flatMap(t -> t.foreignKeys().stream())
                .filter(fk -> fk.referencedTable().equalsIgnoreCase(tableName) && fk.referencedSchema().equalsIgnoreCase(name))
                .toList();
    }
}
