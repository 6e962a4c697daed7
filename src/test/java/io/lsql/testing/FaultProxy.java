package io.lsql.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.zip.CRC32;

/**
 * An HTTP/1.1 reverse proxy between a DynamoDB client and moto that injects faults into BatchWriteItem
 * requests on a fixed schedule. moto never throttles, never fails and never leaves items unprocessed,
 * so without this the retry and back-off paths of a loader would only ever be tested against mocks.
 * moto does not verify SigV4 signatures, which is what makes rewriting request bodies possible.
 */
public final class FaultProxy implements AutoCloseable {

    static final String BATCH_WRITE_TARGET = "DynamoDB_20120810.BatchWriteItem";
    private static final String AMZ_JSON = "application/x-amz-json-1.0";
    private static final String CRC32_HEADER = "x-amz-crc32";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 8;

    /** RFC 9110 §7.6.1: meaningful for one connection only, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");
    /** The JDK client computes these itself and refuses to be given them. */
    private static final Set<String> NOT_FORWARDED_UPSTREAM = Set.of("host", "content-length", "expect");
    /** HttpServer writes its own Content-Length and Date; a second copy would confuse the client. */
    private static final Set<String> NOT_RETURNED_DOWNSTREAM = Set.of("content-length", "date");

    /**
     * Which BatchWriteItem requests fail: the n-th one (1-based, counted over BatchWriteItem requests
     * only) is throttled if n is a multiple of {@code throttleEvery}, else answered with a 500 if a
     * multiple of {@code serverErrorEvery}, else half-processed if a multiple of {@code unprocessedEvery}.
     * 0 means never.
     */
    public record Faults(int throttleEvery, int serverErrorEvery, int unprocessedEvery) {

        public static final Faults NONE = new Faults(0, 0, 0);

        public Faults {
            if (throttleEvery < 0 || serverErrorEvery < 0 || unprocessedEvery < 0) {
                throw new IllegalArgumentException("fault periods must be 0 (never) or positive: " + this);
            }
        }

        Fault faultFor(long n) {
            if (hits(n, throttleEvery)) {
                return Fault.THROTTLE;
            }
            if (hits(n, serverErrorEvery)) {
                return Fault.SERVER_ERROR;
            }
            return hits(n, unprocessedEvery) ? Fault.UNPROCESSED : Fault.NONE;
        }

        private static boolean hits(long n, int every) {
            return every > 0 && n % every == 0;
        }
    }

    enum Fault { NONE, THROTTLE, SERVER_ERROR, UNPROCESSED }

    private final URI upstream;
    private final Faults faults;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private final AtomicLong batchWrites = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong unprocessedRequests = new AtomicLong();
    private final AtomicLong unprocessedItems = new AtomicLong();
    private final AtomicLong forwarded = new AtomicLong();

    /** Starts listening at once on a free port of 127.0.0.1, forwarding to {@code upstreamEndpoint}. */
    public FaultProxy(String upstreamEndpoint, Faults faults) {
        this.upstream = URI.create(upstreamEndpoint.replaceAll("/+$", ""));
        this.faults = faults;
        // daemon threads: a proxy a failed test forgot to close must not keep the test JVM alive
        this.executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "fault-proxy");
            thread.setDaemon(true);
            return thread;
        });
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("could not open the fault proxy on 127.0.0.1", e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** BatchWriteItem requests seen, faulted or not. */
    public long batchWrites() {
        return batchWrites.get();
    }

    public long throttled() {
        return throttled.get();
    }

    public long serverErrors() {
        return serverErrors.get();
    }

    /** BatchWriteItem requests answered with injected UnprocessedItems (upstream failures not counted). */
    public long unprocessedRequests() {
        return unprocessedRequests.get();
    }

    /** Write requests withheld from upstream and handed back as UnprocessedItems. */
    public long unprocessedItems() {
        return unprocessedItems.get();
    }

    /** Requests sent upstream, of every operation, including the halved BatchWriteItems. */
    public long forwarded() {
        return forwarded.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            send(exchange, answer(exchange, body));
        } finally {
            exchange.close();
        }
    }

    private Reply answer(HttpExchange exchange, byte[] body) {
        try {
            if (!BATCH_WRITE_TARGET.equals(exchange.getRequestHeaders().getFirst("X-Amz-Target"))) {
                return forward(exchange, body);
            }
            return switch (faults.faultFor(batchWrites.incrementAndGet())) {
                case THROTTLE -> throttle();
                case SERVER_ERROR -> serverError();
                case UNPROCESSED -> withholdHalf(exchange, body);
                case NONE -> forward(exchange, body);
            };
        } catch (IOException e) {
            return Reply.error(502, "FaultProxyError", "upstream " + upstream + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.error(502, "FaultProxyError", "interrupted while calling " + upstream);
        }
    }

    private Reply throttle() {
        throttled.incrementAndGet();
        return Reply.error(400, "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "injected throttling");
    }

    private Reply serverError() {
        serverErrors.incrementAndGet();
        return Reply.error(500, "com.amazonaws.dynamodb.v20120810#InternalServerError", "injected 500");
    }

    /** Forwards the first half (rounded up) of each table's writes and hands the rest back as unprocessed. */
    private Reply withholdHalf(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        ObjectNode request = (ObjectNode) JSON.readTree(body);
        ObjectNode kept = JSON.createObjectNode();
        ObjectNode withheld = JSON.createObjectNode();
        int withheldCount = 0;
        for (Map.Entry<String, JsonNode> table : request.path("RequestItems").properties()) {
            JsonNode writes = table.getValue();
            int keep = (writes.size() + 1) / 2;
            ArrayNode keptWrites = kept.putArray(table.getKey());
            for (int i = 0; i < writes.size(); i++) {
                if (i < keep) {
                    keptWrites.add(writes.get(i));
                } else {
                    withheld.withArray(table.getKey()).add(writes.get(i));
                    withheldCount++;
                }
            }
        }
        request.set("RequestItems", kept);
        Reply reply = forward(exchange, JSON.writeValueAsBytes(request));
        if (reply.status() != 200) {
            return reply;
        }
        unprocessedRequests.incrementAndGet();
        unprocessedItems.addAndGet(withheldCount);
        return reply.withBody(JSON.writeValueAsBytes(addUnprocessed(JSON.readTree(reply.body()), withheld)));
    }

    /** Keeps whatever upstream itself left unprocessed, so nothing a caller must retry is lost. */
    private static JsonNode addUnprocessed(JsonNode response, ObjectNode withheld) {
        ObjectNode unprocessed = ((ObjectNode) response).withObject("UnprocessedItems");
        for (Map.Entry<String, JsonNode> table : withheld.properties()) {
            unprocessed.withArray(table.getKey()).addAll((ArrayNode) table.getValue());
        }
        return response;
    }

    private Reply forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        URI incoming = exchange.getRequestURI();
        String query = incoming.getRawQuery() == null ? "" : "?" + incoming.getRawQuery();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + incoming.getRawPath() + query))
                .timeout(Duration.ofSeconds(60))
                .method(exchange.getRequestMethod(), body.length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        copyEndToEnd(exchange.getRequestHeaders(), NOT_FORWARDED_UPSTREAM, request::header);
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        forwarded.incrementAndGet();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        copyEndToEnd(response.headers().map(), NOT_RETURNED_DOWNSTREAM,
                (name, value) -> headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value));
        return new Reply(response.statusCode(), headers, response.body());
    }

    /** Copies every header except hop-by-hop ones, those the Connection header names, and {@code alsoSkip}. */
    private static void copyEndToEnd(Map<String, List<String>> headers, Set<String> alsoSkip,
                                     BiConsumer<String, String> target) {
        Set<String> skip = new HashSet<>(HOP_BY_HOP);
        skip.addAll(alsoSkip);
        headers.forEach((name, values) -> {
            if (name.equalsIgnoreCase("connection")) {
                values.forEach(value -> List.of(value.split(",")).forEach(token -> skip.add(lower(token.trim()))));
            }
        });
        headers.forEach((name, values) -> {
            if (!name.startsWith(":") && !skip.contains(lower(name))) {
                values.forEach(value -> target.accept(name, value));
            }
        });
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        exchange.getResponseHeaders().putAll(reply.headers());
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            exchange.getResponseBody().write(reply.body());
        }
    }

    private record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        static Reply error(int status, String type, String message) {
            ObjectNode error = JSON.createObjectNode().put("__type", type).put("message", message);
            try {
                return new Reply(status, Map.of("Content-Type", List.of(AMZ_JSON)), JSON.writeValueAsBytes(error));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The SDK checks a DynamoDB body against x-amz-crc32 when present, so a new body needs a new sum. */
        Reply withBody(byte[] newBody) {
            Map<String, List<String>> newHeaders = new LinkedHashMap<>();
            headers.forEach((name, values) -> {
                if (!name.equalsIgnoreCase(CRC32_HEADER)) {
                    newHeaders.put(name, values);
                }
            });
            if (headers.keySet().stream().anyMatch(CRC32_HEADER::equalsIgnoreCase)) {
                CRC32 crc = new CRC32();
                crc.update(newBody);
                newHeaders.put(CRC32_HEADER, List.of(Long.toString(crc.getValue())));
            }
            return new Reply(status, newHeaders, newBody);
        }
    }
}
