import io.lsql.core.stage.StageCompression;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses the uncompressed DynamoDB JSON of an export with each codec and level on one thread and
 * prints, as JSON lines, the compressed size and the CPU seconds (best of REPEAT).
 * Usage: java -cp target/lsql.jar benchmarks/CodecSpeed.java DATA_DIR [REPEAT]
 */
public class CodecSpeed {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Path file : files) {
            all.write(Files.readAllBytes(file));
        }
        byte[] data = all.toByteArray();
        int repeat = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (String codec : new String[] {"gzip-1 (lsql)", "gzip-6 (gzip's default)", "zstd-1 (lsql)", "zstd-3 (zstd's default)"}) {
            long best = Long.MAX_VALUE;
            long size = 0;
            for (int i = 0; i < repeat; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                try (OutputStream compressed = open(codec, out)) {
                    for (int off = 0; off < data.length; off += 1 << 16) {
                        compressed.write(data, off, Math.min(1 << 16, data.length - off));
                    }
                }
                best = Math.min(best, ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
                size = out.size();
            }
            System.out.printf("{\"codec\":\"%s\",\"jsonBytes\":%d,\"bytes\":%d,\"cpuSeconds\":%.3f}%n", codec, data.length, size, best / 1e9);
        }
    }

    private static OutputStream open(String codec, OutputStream out) throws Exception {
        return switch (codec.substring(0, 6)) {
            case "gzip-1" -> StageCompression.GZIP.compress(out);
            case "zstd-1" -> StageCompression.ZSTD.compress(out);
            case "gzip-6" -> new GZIPOutputStream(out, 1 << 16) {
                {
                    def.setLevel(Deflater.DEFAULT_COMPRESSION);
                }
            };
            default -> new com.github.luben.zstd.ZstdOutputStream(out, 3);
        };
    }
}
