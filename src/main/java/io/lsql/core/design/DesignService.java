package io.lsql.core.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.schema.JdbcTableStatistics;
import io.lsql.core.schema.Schema;
import io.lsql.core.schema.SchemaReader;
import io.lsql.core.schema.Table;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a schema, designs its tables, writes the design files, and creates the tables in DynamoDB. */
public final class DesignService {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The schema and the designs of the selected tables (all when {@code tables} is empty). */
    public record SchemaDesign(Schema schema, List<TableDesign> designs) {
    }

    public SchemaDesign design(JdbcSource source, List<String> tables) {
        String database = source.database();
        if (database.isEmpty()) {
            throw new LsqlException("The JDBC URL names no database: use jdbc:mysql://host:port/<database>.");
        }
        try (Connection connection = source.openReadOnly()) {
            Schema schema = new SchemaReader(connection).read(database);
            checkTablesExist(schema, tables);
            Set<String> wanted = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            DesignAdvisor advisor = new DesignAdvisor(new JdbcTableStatistics(connection));
            List<TableDesign> designs = schema.tables().stream()
                    .filter(t -> wanted.isEmpty() || wanted.contains(t.name().toLowerCase(Locale.ROOT)))
                    .map(t -> advisor.design(schema, t)).toList();
            return new SchemaDesign(schema, designs);
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + e.getMessage(), e);
        }
    }

    private static void checkTablesExist(Schema schema, List<String> tables) {
        List<String> unknown = tables.stream().filter(t -> schema.table(t).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw new LsqlException("No table or view " + unknown + " in " + schema.name() + "; it has: "
                    + schema.tables().stream().map(Table::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** Writes {@code <TableName>.json} per table, {@code design.json} and {@code design.md}; returns the files. */
    public List<Path> write(SchemaDesign design, Path out) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(out);
            for (TableDesign table : design.designs()) {
                Path file = out.resolve(table.tableName() + ".json");
                JSON.writeValue(file.toFile(), CreateTableJson.toJson(table));
                files.add(file);
            }
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("schema", design.schema().name());
            model.put("server", design.schema().serverVersion());
            model.put("tables", design.designs());
            Path modelFile = out.resolve("design.json");
            JSON.writeValue(modelFile.toFile(), model);
            files.add(modelFile);
            Path report = out.resolve("design.md");
            Files.writeString(report, DesignReport.markdown(design.schema().name(), design.designs()));
            files.add(report);
            return files;
        } catch (AccessDeniedException e) {
            throw new LsqlException("Cannot write to " + out + ": permission denied.", e);
        } catch (IOException e) {
            throw new LsqlException("Cannot write the design to " + out + ": " + e.getMessage() + ".", e);
        }
    }

    /** Designs one table with statistics measured on a read-only connection, applying the user's override. */
    public TableDesign designTable(JdbcSource source, Schema schema, Table table, DesignOverride override) {
        try (Connection connection = source.openReadOnly()) {
            return new DesignAdvisor(new JdbcTableStatistics(connection)).design(schema, table, override);
        } catch (SQLException e) {
            throw new LsqlException("Closing the MySQL connection failed: " + e.getMessage(), e);
        }
    }

    /** Creates the designed table and waits until it is ACTIVE. */
    public CreatedTable create(AwsTarget target, TableDesign design) {
        try (DynamoDbClient dynamo = target.dynamoDb()) {
            return create(dynamo, design);
        }
    }

    /** Creates the designed table with a client the caller reuses for several tables. */
    public CreatedTable create(DynamoDbClient dynamo, TableDesign design) {
        return CreatedTable.of(TableCreator.create(dynamo, CreateTableJson.toJson(design)));
    }
}
