package io.lsql.core.run;

import io.lsql.core.cost.ItemSize;
import io.lsql.core.migrate.SourceReader;
import io.lsql.core.plan.Index;
import io.lsql.core.plan.Target;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a dry run counts for one target while its sources are read, one row at a time: rejects by reason,
 * item sizes, staged bytes, write units, and every item's key into the disk-backed {@link DryRunKeys}.
 */
final class DryRunTally implements AutoCloseable {

    static final int REJECT_EXAMPLES = 3;
    private static final int EXAMPLE_CHARS = 300;

    private final Target target;
    private final DryRunItem item;
    /** Per index, the bits of its key attributes in {@link DryRunItem#present()}: an item is in the index when it has them all. */
    private final long[] indexKeys;
    /** Per index, the bits of the attributes it copies besides the table key (its keys and INCLUDE attributes). */
    private final long[] indexProjected;
    private final long[] indexItems;
    private final long[] indexBytes;
    private final DryRunKeys keys;
    private final ItemSizeStats sizes = new ItemSizeStats();
    private final DryRunGzip gzip = new DryRunGzip();
    private final Map<DryRunReason, Long> rejects = new EnumMap<>(DryRunReason.class);
    private final Map<DryRunReason, List<String>> examples = new EnumMap<>(DryRunReason.class);
    private final List<TargetDryRun.SourceRows> sources = new ArrayList<>();
    private final List<String> sourceNames = new ArrayList<>();
    private long stagedBytes;
    private long tableWrites;
    private long indexWrites;
    private int source = -1;
    private long sourceRows;
    private long sourceItems;
    private long sourceRejected;

    DryRunTally(Target target, Path workDir) throws IOException {
        this.target = target;
        List<String> keyNames = new ArrayList<>();
        keyNames.add(target.partitionKey().name());
        if (target.sortKey() != null) {
            keyNames.add(target.sortKey().name());
        }
        List<String> indexAttributes = new ArrayList<>();
        for (Index index : target.indexes()) {
            indexAttributes.add(index.partitionKey().name());
            if (index.sortKey() != null) {
                indexAttributes.add(index.sortKey().name());
            }
        }
        List<String> included = target.indexes().stream().flatMap(i -> i.nonKeyAttributes().stream()).toList();
        if (indexAttributes.size() + included.size() <= Long.SIZE) {
            indexAttributes.addAll(included);
        }
        this.item = new DryRunItem(keyNames, indexAttributes);
        int indexCount = target.indexes().size();
        this.indexKeys = new long[indexCount];
        this.indexProjected = new long[indexCount];
        this.indexItems = new long[indexCount];
        this.indexBytes = new long[indexCount];
        for (int i = 0; i < indexCount; i++) {
            Index index = target.indexes().get(i);
            indexKeys[i] = item.bit(index.partitionKey().name()) | (index.sortKey() == null ? 0 : item.bit(index.sortKey().name()));
            indexProjected[i] = indexKeys[i];
            for (String attribute : index.nonKeyAttributes()) {
                indexProjected[i] |= item.bit(attribute);
            }
        }
        this.keys = new DryRunKeys(workDir);
    }

    /** Starts counting the rows of the next source, named {@code id} in examples. */
    void startSource(String id) {
        source++;
        sourceNames.add(id);
        sourceRows = 0;
        sourceItems = 0;
        sourceRejected = 0;
    }

    void finishSource(String id, String description) {
        sources.add(new TargetDryRun.SourceRows(id, description, sourceRows, sourceItems, sourceRejected));
    }

    void count(SourceReader.Row row) throws IOException {
        sourceRows++;
        if (!row.ok()) {
            sourceRejected++;
            String key = row.key();
            reject(DryRunReason.of(row.reason()), "row " + sourceRows + " of " + sourceNames.get(source)
                    + (key.isEmpty() ? "" : " (" + key + ")") + ": " + row.reason());
            return;
        }
        sourceItems++;
        long bytes = row.itemBytes();
        sizes.add(bytes);
        stagedBytes += row.length();
        gzip.add(row.bytes(), row.length());
        tableWrites += ItemSize.writeUnits(bytes);
        item.parse(row.bytes(), row.length());
        long present = item.present();
        for (int i = 0; i < indexKeys.length; i++) {
            if ((present & indexKeys[i]) == indexKeys[i]) {
                long projected = "ALL".equals(target.indexes().get(i).projection()) ? bytes
                        : Math.min(bytes, item.keyBytes() + item.watchedBytes(indexProjected[i]));
                indexItems[i]++;
                indexBytes[i] += projected;
                indexWrites += ItemSize.writeUnits(projected);
            }
        }
        keys.add(item.keyHash(), source, sourceRows, item.keyText());
    }

    private void reject(DryRunReason reason, String example) {
        rejects.merge(reason, 1L, Long::sum);
        List<String> some = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (some.size() < REJECT_EXAMPLES) {
            some.add(example.length() <= EXAMPLE_CHARS ? example : example.substring(0, EXAMPLE_CHARS - 3) + "...");
        }
    }

    TargetDryRun result() throws IOException {
        List<TargetDryRun.RejectCount> counts = new ArrayList<>();
        rejects.forEach((reason, n) -> counts.add(new TargetDryRun.RejectCount(reason, n, examples.get(reason))));
        long rows = sources.stream().mapToLong(TargetDryRun.SourceRows::rows).sum();
        long items = sources.stream().mapToLong(TargetDryRun.SourceRows::items).sum();
        List<TargetDryRun.IndexEntries> indexes = new ArrayList<>();
        for (int i = 0; i < indexItems.length; i++) {
            indexes.add(new TargetDryRun.IndexEntries(target.indexes().get(i).name(), indexItems[i], indexBytes[i]));
        }
        return new TargetDryRun(target.table(), null, rows, items, counts, keys.find(sourceNames), TargetDryRun.Sizes.of(sizes),
                stagedBytes, gzip.estimate(stagedBytes), DryRunCost.of(tableWrites, indexWrites, stagedBytes), sources, indexes);
    }

    @Override
    public void close() {
        keys.close();
    }
}
