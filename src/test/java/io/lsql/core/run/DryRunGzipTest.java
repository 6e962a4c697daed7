package io.lsql.core.run;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DryRunGzipTest {

    @Test
    void aSmallTargetIsEstimatedAsTheExportWouldWriteIt() throws Exception {
        DryRunGzip estimate = new DryRunGzip();
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        long total = 0;
        Random random = new Random(3);
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            for (int i = 0; i < 5000; i++) {
                byte[] line = ("{\"Item\":{\"id\":{\"N\":\"" + i + "\"},\"v\":{\"S\":\"" + random.nextInt(1000) + "\"}}}\n")
                        .getBytes(StandardCharsets.UTF_8);
                estimate.add(line, line.length);
                out.write(line);
                total += line.length;
            }
        }
        long actual = gzipped.size();
        long estimated = estimate.estimate(total);
        assertTrue(Math.abs(estimated - actual) <= actual / 100 + 16, estimated + " vs " + actual);
    }

    @Test
    void aLargeTargetIsScaledFromItsSample() {
        DryRunGzip estimate = new DryRunGzip();
        byte[] line = new byte[1024 * 1024];
        for (int i = 0; i < 40; i++) {
            estimate.add(line, line.length);
        }
        long ratioOfSample = estimate.estimate(DryRunGzip.SAMPLE_BYTES);
        assertTrue(ratioOfSample < DryRunGzip.SAMPLE_BYTES / 100, "zeros compress well: " + ratioOfSample);
        assertEquals(0, new DryRunGzip().estimate(0));
    }
}
