package io.lsql.core.crud;

import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One bound table open on both engines: what the CRUD pane and the CLI hold. Read-only when the MySQL source is
 * (a read-only profile): then every write, on either engine, is refused before anything is sent.
 */
public final class CrudSession implements AutoCloseable {

    private final CrudBinding binding;
    private final DynamoDbClient client;
    private final MySqlCrud mysql;
    private final DynamoCrud dynamo;

    private CrudSession(JdbcSource jdbc, DynamoDbClient client, CrudBinding binding) {
        this.binding = binding;
        this.client = client;
        this.mysql = new MySqlCrud(jdbc, binding);
        this.dynamo = new DynamoCrud(client, binding, jdbc.readOnly());
    }

    /** Opens the session and checks the DynamoDB table ({@link DynamoCrud#checkTable()}). */
    public static CrudSession open(JdbcSource jdbc, AwsTarget aws, CrudBinding binding) {
        DynamoDbClient client = aws.dynamoDb();
        try {
            CrudSession session = new CrudSession(jdbc, client, binding);
            session.dynamo.checkTable();
            return session;
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    public CrudBinding binding() {
        return binding;
    }

    public MySqlCrud mysql() {
        return mysql;
    }

    public DynamoCrud dynamo() {
        return dynamo;
    }

    public BothWrites both() {
        return new BothWrites(mysql, dynamo, binding);
    }

    public BulkDelete bulkDelete() {
        return new BulkDelete(mysql, dynamo, binding);
    }

    @Override
    public void close() {
        client.close();
    }
}
