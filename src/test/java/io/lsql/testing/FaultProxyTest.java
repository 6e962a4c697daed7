package io.lsql.testing;

import io.lsql.core.sandbox.MotoServer;
import io.lsql.testing.FaultProxy.Fault;
import io.lsql.testing.FaultProxy.Faults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs its own moto (not the shared sandbox) so it needs no MariaDB and resets AWS state freely. */
class FaultProxyTest {

    private static final String TABLE = "Items";

    @TempDir
    static Path home;
    private static MotoServer moto;

    @BeforeAll
    static void startMoto() {
        moto = new MotoServer(home);
        moto.start();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @BeforeEach
    void emptyMoto() {
        moto.reset();
    }

    @ParameterizedTest(name = "request {0} -> {1}")
    @CsvSource({
            "1, NONE", "2, UNPROCESSED", "3, THROTTLE", "4, UNPROCESSED", "5, SERVER_ERROR",
            "6, THROTTLE", "10, SERVER_ERROR", "15, THROTTLE", "30, THROTTLE", "7, NONE"})
    void scheduleGivesThrottlingPriorityThenServerErrorsThenUnprocessed(long n, Fault expected) {
        assertEquals(expected, new Faults(3, 5, 2).faultFor(n));
    }

    @Test
    void zeroMeansNeverAndNegativePeriodsAreRejected() {
        assertEquals(Fault.NONE, Faults.NONE.faultFor(60));
        assertThrows(IllegalArgumentException.class, () -> new Faults(-1, 0, 0));
    }

    @Test
    void batchWritesFailOnTheSchedule() {
        try (FaultProxy proxy = new FaultProxy(moto.endpoint(), new Faults(3, 5, 2));
             DynamoDbClient dynamo = client(proxy.endpoint())) {
            createTable(dynamo);

            assertTrue(batchWrite(dynamo, 0).unprocessedItems().isEmpty());
            assertEquals(25, count(dynamo));

            Map<String, List<WriteRequest>> unprocessed = batchWrite(dynamo, 100).unprocessedItems();
            assertEquals(IntStream.range(113, 125).mapToObj(i -> "pk-" + i).toList(), keysOf(unprocessed.get(TABLE)));
            assertEquals(25 + 13, count(dynamo));

            ProvisionedThroughputExceededException throttled = assertThrows(
                    ProvisionedThroughputExceededException.class, () -> batchWrite(dynamo, 200));
            assertEquals(400, throttled.statusCode());
            assertTrue(throttled.isThrottlingException(), "the SDK must see a throttle, to back off");

            assertEquals(12, batchWrite(dynamo, 300).unprocessedItems().get(TABLE).size());

            DynamoDbException serverError = assertThrows(DynamoDbException.class, () -> batchWrite(dynamo, 400));
            assertEquals(500, serverError.statusCode());
            assertEquals(25 + 13 + 13, count(dynamo));

            assertEquals(5, proxy.batchWrites());
            assertEquals(1, proxy.throttled());
            assertEquals(1, proxy.serverErrors());
            assertEquals(2, proxy.unprocessedRequests());
            assertEquals(24, proxy.unprocessedItems());
            assertEquals(1 + 3 + 3, proxy.forwarded(), "CreateTable, 3 BatchWriteItems, 3 Scans");
        }
    }

    @Test
    void otherOperationsAreForwardedUnchangedEvenWhenEveryBatchWriteFails() {
        try (FaultProxy proxy = new FaultProxy(moto.endpoint(), new Faults(1, 1, 1));
             DynamoDbClient viaProxy = client(proxy.endpoint());
             DynamoDbClient direct = client(moto.endpoint())) {
            createTable(viaProxy);
            viaProxy.putItem(b -> b.tableName(TABLE).item(item("pk-1")));

            TableDescription described = viaProxy.describeTable(b -> b.tableName(TABLE)).table();
            assertEquals(direct.describeTable(b -> b.tableName(TABLE)).table(), described);
            assertEquals(item("pk-1"), viaProxy.getItem(b -> b.tableName(TABLE).key(Map.of("pk", s("pk-1")))).item());
            assertEquals(1, count(viaProxy));
            assertThrows(ProvisionedThroughputExceededException.class, () -> batchWrite(viaProxy, 0));

            assertEquals(5, proxy.forwarded());
            assertEquals(1, proxy.throttled());
            assertEquals(0, proxy.serverErrors() + proxy.unprocessedRequests() + proxy.unprocessedItems());
        }
    }

    @Test
    void servesParallelClients() {
        try (FaultProxy proxy = new FaultProxy(moto.endpoint(), Faults.NONE);
             DynamoDbClient dynamo = client(proxy.endpoint())) {
            createTable(dynamo);
            IntStream.range(0, 16).parallel().forEach(i -> batchWrite(dynamo, i * 25));

            assertEquals(16 * 25, count(dynamo));
            assertEquals(16, proxy.batchWrites());
            assertEquals(1 + 16 + 1, proxy.forwarded());
        }
    }

    private static DynamoDbClient client(String endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                // every fault must reach the test as the exception the loader would see first
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static void createTable(DynamoDbClient dynamo) {
        dynamo.createTable(b -> b.tableName(TABLE)
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH))
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .billingMode(BillingMode.PAY_PER_REQUEST));
    }

    /** Writes the 25 items pk-first … pk-(first+24), the most one BatchWriteItem request may carry. */
    private static BatchWriteItemResponse batchWrite(DynamoDbClient dynamo, int first) {
        List<WriteRequest> writes = IntStream.range(first, first + 25)
                .mapToObj(i -> WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item("pk-" + i)).build()).build())
                .toList();
        return dynamo.batchWriteItem(b -> b.requestItems(Map.of(TABLE, writes)));
    }

    private static int count(DynamoDbClient dynamo) {
        return dynamo.scan(b -> b.tableName(TABLE)).count();
    }

    private static List<String> keysOf(List<WriteRequest> writes) {
        return writes.stream().map(w -> w.putRequest().item().get("pk").s()).toList();
    }

    private static Map<String, AttributeValue> item(String pk) {
        return Map.of("pk", s(pk), "payload", s("value of " + pk));
    }

    private static AttributeValue s(String value) {
        return AttributeValue.builder().s(value).build();
    }
}
