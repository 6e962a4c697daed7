import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The benchmark's yardstick: the simplest correct parallel BatchWriteItem loader with plain SDK
 * calls (no backoff policy, no checkpoints, no rate cap), reading the same staged files.
 * Usage: java -cp target/lsql.jar benchmarks/ReferenceLoader.java ENDPOINT TABLE DATA_DIR WORKERS
 */
public class ReferenceLoader {
    private static final List<WriteRequest> END = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        String table = args[1];
        Path dataDir = Path.of(args[2]);
        int workers = Integer.parseInt(args[3]);
        DynamoDbClient dynamo = DynamoDbClient.builder().endpointOverride(URI.create(endpoint)).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox"))).build();
        LinkedBlockingQueue<List<WriteRequest>> queue = new LinkedBlockingQueue<>(workers * 4);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<Long>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            futures.add(pool.submit(() -> {
                long written = 0;
                while (true) {
                    List<WriteRequest> batch = queue.take();
                    if (batch == END) {
                        return written;
                    }
                    List<WriteRequest> pending = batch;
                    while (!pending.isEmpty()) {
                        List<WriteRequest> sent = pending;
                        pending = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, sent)))
                                .unprocessedItems().getOrDefault(table, List.of());
                        written += sent.size() - pending.size();
                    }
                }
            }));
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(dataDir)) {
            files = list.filter(p -> p.toString().endsWith(".json.gz")).sorted().toList();
        }
        for (Path file : files) {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                    StandardCharsets.UTF_8))) {
                List<WriteRequest> batch = new ArrayList<>(25);
                String line;
                while ((line = reader.readLine()) != null) {
                    batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item(json.readTree(line).get("Item"))).build()).build());
                    if (batch.size() == 25) {
                        queue.put(batch);
                        batch = new ArrayList<>(25);
                    }
                }
                if (!batch.isEmpty()) {
                    queue.put(batch);
                }
            }
        }
        for (int i = 0; i < workers; i++) {
            queue.put(END);
        }
        long total = 0;
        for (Future<Long> f : futures) {
            total += f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        System.out.printf("{\"items\":%d,\"seconds\":%.3f}%n", total, seconds);
    }

    private static Map<String, AttributeValue> item(JsonNode node) {
        Map<String, AttributeValue> item = new HashMap<>();
        node.fields().forEachRemaining(e -> item.put(e.getKey(), value(e.getValue())));
        return item;
    }

    private static AttributeValue value(JsonNode node) {
        String type = node.fieldNames().next();
        JsonNode v = node.get(type);
        return switch (type) {
            case "S" -> AttributeValue.fromS(v.asText());
            case "N" -> AttributeValue.fromN(v.asText());
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(java.util.Base64.getDecoder().decode(v.asText())));
            case "BOOL" -> AttributeValue.fromBool(v.asBoolean());
            case "NULL" -> AttributeValue.fromNul(true);
            case "SS" -> { List<String> s = new ArrayList<>(); v.forEach(x -> s.add(x.asText())); yield AttributeValue.fromSs(s); }
            case "M" -> AttributeValue.fromM(item(v));
            case "L" -> { List<AttributeValue> l = new ArrayList<>(); v.forEach(x -> l.add(value(x))); yield AttributeValue.fromL(l); }
            default -> throw new IllegalArgumentException(type);
        };
    }
}
