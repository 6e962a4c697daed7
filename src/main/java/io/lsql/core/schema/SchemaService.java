package io.lsql.core.schema;

import io.lsql.core.LsqlException;
import io.lsql.core.connect.JdbcSource;

import java.sql.Connection;
import java.sql.SQLException;

/** Reads the schema a connection points at, on a read-only connection of its own. */
public final class SchemaService {

    public Schema read(JdbcSource source) {
        if (source.database().isEmpty()) {
            throw new LsqlException("The connection names no database: choose one in Connections.");
        }
        try (Connection connection = source.openReadOnly()) {
            return new SchemaReader(connection).read(source.database());
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + e.getMessage(), e);
        }
    }
}
