package io.lsql.core.stage;

import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;
import io.lsql.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@IntegrationTest
class S3StageIT {

    @Test
    void largeFilesGoUpInPartsAndComeBackByteForByte(Sandbox sandbox) throws Exception {
        try (var s3 = Databases.aws(sandbox).s3()) {
            s3.createBucket(b -> b.bucket("stage-it"));
        }
        byte[] chunk = new byte[1 << 20];
        new Random(7).nextBytes(chunk);
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (S3Stage stage = (S3Stage) Stages.open("s3://stage-it/run-1", Databases.aws(sandbox))) {
            stage.checkWritable();
            try (OutputStream out = stage.create("data/big.json.gz")) {
                for (int i = 0; i < 40; i++) {
                    out.write(chunk);
                    written.update(chunk);
                }
            }
            assertFalse(stage.exists("data/small.json"));
            stage.write("data/small.json", "{}".getBytes());
            assertEquals(List.of("data/big.json.gz", "data/small.json"), stage.list("data/"));
            MessageDigest read = MessageDigest.getInstance("SHA-256");
            try (var in = stage.open("data/big.json.gz")) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    read.update(buffer, 0, n);
                    total += n;
                }
                assertEquals(40L << 20, total, "40 MB: three 16 MB parts");
            }
            assertArrayEquals(written.digest(), read.digest());
            try (var s3 = Databases.aws(sandbox).s3()) {
                // S3 gives an object uploaded in N parts the ETag "<md5 of the part md5s>-N"; a single PUT has a plain MD5
                String big = s3.headObject(b -> b.bucket("stage-it").key("run-1/data/big.json.gz")).eTag();
                String small = s3.headObject(b -> b.bucket("stage-it").key("run-1/data/small.json")).eTag();
                assertTrue(big.matches("\"?[0-9a-f]{32}-3\"?"), "big.json.gz went up in 3 parts: ETag " + big);
                assertTrue(small.matches("\"?[0-9a-f]{32}\"?"), "small.json went up in one PUT: ETag " + small);
            }
            stage.delete("data/small.json");
            assertTrue(stage.exists("data/big.json.gz"));
            assertFalse(stage.exists("data/small.json"));
        }
    }
}
