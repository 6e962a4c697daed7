package io.lsql.core.load;

import io.lsql.core.CancellationToken;
import io.lsql.core.LsqlException;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.mapping.DynamoJson;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.StageCompression;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes staged items with BatchWriteItem: readers turn files into 25-item batches, N workers send
 * them, retrying unprocessed items, throttling and 5xx with backoff and jitter, under an optional
 * items/s cap. Puts are idempotent, so a re-run writes the same items again without duplicates.
 *
 * <p>{@link #withAttributeNotExists} keeps the items already in the table (the plan's write condition
 * {@code attribute_not_exists}): BatchWriteItem takes no condition, so the same workers send each item
 * as a PutItem with {@code attribute_not_exists(<partition key>)}, under the same backoff and cap, and
 * count every refused put as a conditional failure (not an error, never retried), as AWS DMS does. A
 * file whose load was cut off is sent again on resume, so its items written before the cut count as
 * conditional failures then, as does an item whose put succeeded but whose answer was lost and retried.
 * A file whose batches are all written leaves a checkpoint for this table ({@link LoadCheckpoints})
 * and is skipped when the load into the same table is resumed. A file must hold exactly the items the
 * manifest lists for it, else the load stops before marking it done.
 */
public final class BatchWriteLoader implements Loader {

    public static final int BATCH_SIZE = 25;
    static final int MAX_ATTEMPTS = 12;

    private final DynamoDbClient dynamo;
    private final int workers;
    private final int itemsPerSecond;
    private final RateLimiter limiter;
    private final ProgressListener progress;
    private final CancellationToken cancel;
    private final boolean attributeNotExists;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong conditionalFailures = new AtomicLong();
    /** Set when a worker fails, so the reader stops feeding a queue nobody drains. */
    private volatile boolean workerFailed;

    /** A loader that overwrites items with the same key (BatchWriteItem). */
    public BatchWriteLoader(DynamoDbClient dynamo, int workers, int itemsPerSecond, ProgressListener progress,
                            CancellationToken cancel) {
        this(dynamo, workers, itemsPerSecond, progress, cancel, false);
    }

    private BatchWriteLoader(DynamoDbClient dynamo, int workers, int itemsPerSecond, ProgressListener progress,
                             CancellationToken cancel, boolean attributeNotExists) {
        this.dynamo = dynamo;
        this.workers = Math.max(1, workers);
        this.itemsPerSecond = itemsPerSecond;
        this.limiter = new RateLimiter(itemsPerSecond);
        this.progress = progress;
        this.cancel = cancel;
        this.attributeNotExists = attributeNotExists;
    }

    /**
     * This loader, writing each item only where its key is not in the table yet ({@code true}: PutItem with
     * {@code attribute_not_exists}, refusals counted in {@link LoadResult#conditionalFailures()}) or replacing
     * it ({@code false}: BatchWriteItem). Call it before {@link #load}.
     */
    public BatchWriteLoader withAttributeNotExists(boolean keepExisting) {
        return new BatchWriteLoader(dynamo, workers, itemsPerSecond, progress, cancel, keepExisting);
    }

    private record Batch(FileState file, List<WriteRequest> requests) {
    }

    /** The table written and its key attribute names, partition key first. */
    private record Into(String table, List<String> keyNames) {
    }

    private static final class FileState {
        final LoadFile file;
        final AtomicInteger pending = new AtomicInteger(1);

        FileState(LoadFile file) {
            this.file = file;
        }
    }

    private static final Batch END = new Batch(null, List.of());

    /**
     * Creates the table when it is missing, then loads every file of the request not yet checkpointed for the
     * table; the request's expected items are for progress only. One loader serves one load.
     */
    @Override
    public LoadResult load(LoadRequest request) throws IOException {
        long start = System.nanoTime();
        TargetTables.ensure(dynamo, request.createTable());
        Into into = new Into(request.table(), request.keyNames());
        Stage stage = request.stage();
        List<LoadFile> files = request.files();
        long totalItems = request.expectedItems();
        LoadCheckpoints checkpoints = new LoadCheckpoints(stage, into.table());
        checkpoints.rememberMethod(LoadMethod.BATCH);
        List<LoadFile> todo = new ArrayList<>();
        for (LoadFile file : files) {
            if (!checkpoints.fileDone(file.name())) {
                todo.add(file);
            }
        }
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(workers * 4);
        ExecutorService pool = Executors.newFixedThreadPool(workers + 1, runnable -> {
            Thread thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setDaemon(true);
            thread.setName("lsql-load-" + thread.getId());
            return thread;
        });
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < workers; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        send(into, checkpoints, queue, totalItems);
                    } catch (Exception | Error e) {
                        workerFailed = true;
                        throw e;
                    }
                    return null;
                }));
            }
            Future<?> reader = pool.submit(() -> {
                try {
                    for (LoadFile file : todo) {
                        read(into, stage, checkpoints, file, queue);
                    }
                } finally {
                    for (int i = 0; i < workers; i++) {
                        offer(queue, END, futures);
                    }
                }
                return null;
            });
            futures.add(reader);
            io.lsql.core.Workers.await(futures);
        } finally {
            pool.shutdownNow();
        }
        return new LoadResult(LoadMethod.BATCH, written.get(), retries.get(), throttled.get(), serverErrors.get(), 0,
                conditionalFailures.get(), files.size() - todo.size(), (System.nanoTime() - start) / 1e9);
    }

    private void read(Into into, Stage stage, LoadCheckpoints checkpoints, LoadFile file, BlockingQueue<Batch> queue)
            throws IOException, InterruptedException {
        FileState state = new FileState(file);
        long items = 0;
        try (InputStream raw = stage.open(file.name());
             InputStream in = StageCompression.ofFile(file.name()).decompress(raw);
             DynamoJson.Reader reader = new DynamoJson.Reader(in)) {
            List<WriteRequest> batch = new ArrayList<>(BATCH_SIZE);
            Set<String> keys = new HashSet<>();
            Map<String, AttributeValue> item;
            while ((item = reader.next()) != null) {
                cancel.throwIfCancelled();
                items++;
                String key = keyOf(into, item);
                if (batch.size() == BATCH_SIZE || !keys.add(key)) {
                    enqueue(queue, state, batch);
                    batch = new ArrayList<>(BATCH_SIZE);
                    keys.clear();
                    keys.add(key);
                }
                batch.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
            }
            if (!batch.isEmpty()) {
                enqueue(queue, state, batch);
            }
        }
        if (items != file.items()) {
            throw new LsqlException("The staged file " + file.name() + " holds " + items + " items but the run's manifest lists "
                    + file.items() + "; the stage changed after the export, so export the run again into an empty stage.");
        }
        finishedOne(checkpoints, state);
    }

    private void enqueue(BlockingQueue<Batch> queue, FileState state, List<WriteRequest> batch) throws InterruptedException {
        state.pending.incrementAndGet();
        while (!queue.offer(new Batch(state, batch), 200, TimeUnit.MILLISECONDS)) {
            cancel.throwIfCancelled();
            if (workerFailed) {
                throw new CancellationException("a load worker failed");
            }
        }
    }

    private static void offer(BlockingQueue<Batch> queue, Batch batch, List<Future<?>> workers) throws InterruptedException {
        while (!queue.offer(batch, 200, TimeUnit.MILLISECONDS)) {
            if (workers.stream().allMatch(Future::isDone)) {
                return;
            }
        }
    }

    private static String keyOf(Into into, Map<String, AttributeValue> item) {
        StringBuilder sb = new StringBuilder();
        for (String name : into.keyNames()) {
            AttributeValue value = item.get(name);
            sb.append(value == null ? "" : value.toString()).append('\u0001');
        }
        return sb.toString();
    }

    private void send(Into into, LoadCheckpoints checkpoints, BlockingQueue<Batch> queue, long totalItems) throws Exception {
        while (true) {
            Batch batch = queue.take();
            if (batch == END) {
                return;
            }
            limiter.acquire(batch.requests().size());
            if (attributeNotExists) {
                for (WriteRequest request : batch.requests()) {
                    putIfAbsent(into, request.putRequest().item());
                }
            } else {
                write(into.table(), batch.requests());
            }
            long kept = conditionalFailures.get();
            progress.progress(progressLabel(kept), written.get() + kept, totalItems);
            finishedOne(checkpoints, batch.file());
        }
    }

    /** "load", with the retries and the items kept by the write condition when there are any. */
    private String progressLabel(long kept) {
        long retried = retries.get();
        List<String> notes = new ArrayList<>(2);
        if (retried > 0) {
            notes.add(retried + " retries, " + throttled.get() + " throttled");
        }
        if (kept > 0) {
            notes.add(kept + " already in the table");
        }
        return notes.isEmpty() ? "load" : "load (" + String.join("; ", notes) + ")";
    }

    private static void finishedOne(LoadCheckpoints checkpoints, FileState state) throws IOException {
        if (state.pending.decrementAndGet() == 0) {
            checkpoints.markFileDone(state.file.name());
        }
    }

    private void write(String table, List<WriteRequest> requests) throws InterruptedException {
        List<WriteRequest> pending = requests;
        int attempt = 0;
        while (!pending.isEmpty()) {
            cancel.throwIfCancelled();
            if (attempt >= MAX_ATTEMPTS) {
                throw new LsqlException("BatchWriteItem into " + table + " still failed after " + MAX_ATTEMPTS
                        + " attempts; lower --workers or --rate, then resume the run.");
            }
            try {
                List<WriteRequest> sent = pending;
                BatchWriteItemResponse response = dynamo.batchWriteItem(b -> b.requestItems(Map.of(table, sent)));
                List<WriteRequest> unprocessed = response.unprocessedItems().getOrDefault(table, List.of());
                written.addAndGet(sent.size() - unprocessed.size());
                if (unprocessed.isEmpty()) {
                    return;
                }
                attempt = unprocessed.size() < sent.size() ? 0 : attempt + 1;
                pending = unprocessed;
                retries.incrementAndGet();
                Backoff.sleep(attempt);
            } catch (SdkException e) {
                backOffOrThrow("BatchWriteItem into " + table, e, attempt++);
            }
        }
    }

    /** One PutItem that only writes where the key is free; a refusal is counted, not retried. */
    private void putIfAbsent(Into into, Map<String, AttributeValue> item) throws InterruptedException {
        String table = into.table();
        int attempt = 0;
        while (true) {
            cancel.throwIfCancelled();
            if (attempt >= MAX_ATTEMPTS) {
                throw new LsqlException("PutItem into " + table + " still failed after " + MAX_ATTEMPTS
                        + " attempts; lower --workers or --rate, then resume the run.");
            }
            try {
                dynamo.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(#pk)")
                        .expressionAttributeNames(Map.of("#pk", into.keyNames().get(0))));
                written.incrementAndGet();
                return;
            } catch (ConditionalCheckFailedException e) {
                conditionalFailures.incrementAndGet();
                return;
            } catch (SdkException e) {
                backOffOrThrow("PutItem into " + table, e, attempt++);
            }
        }
    }

    /**
     * Throttling, 5xx and lost connections are counted and waited out (a lost connection up to the last
     * attempt); anything else is the user's to fix and ends the load.
     */
    private void backOffOrThrow(String operation, SdkException e, int attempt) throws InterruptedException {
        if (e instanceof DynamoDbException dynamoError) {
            if (dynamoError.isThrottlingException()) {
                throttled.incrementAndGet();
            } else if (dynamoError.statusCode() >= 500) {
                serverErrors.incrementAndGet();
            } else {
                throw AwsErrors.translate(operation, e);
            }
        } else if (e instanceof SdkClientException) {
            if (attempt + 1 >= MAX_ATTEMPTS) {
                retries.incrementAndGet();
                throw AwsErrors.translate(operation, e);
            }
        } else {
            throw AwsErrors.translate(operation, e);
        }
        retries.incrementAndGet();
        Backoff.sleep(attempt);
    }

}
