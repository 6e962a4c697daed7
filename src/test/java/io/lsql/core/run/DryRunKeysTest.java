package io.lsql.core.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disk-backed duplicate key search, and the key digests it is fed. */
class DryRunKeysTest {

    @Test
    void countsEveryRepeatedKeyExactlyAcrossSources(@TempDir Path dir) throws Exception {
        DryRunItem item = new DryRunItem(List.of("PK", "SK"), List.of());
        TargetDryRun.Duplicates found;
        try (DryRunKeys keys = new DryRunKeys(dir)) {
            for (int source = 0; source < 2; source++) {
                for (int i = 0; i < 10_000; i++) {
                    // source 1 repeats every 100th key of source 0; key 7 of source 0 also appears three more times
                    int id = source == 0 ? i : (i % 100 == 0 ? i : 100_000 + i);
                    add(keys, item, "C#" + id, "O#" + id, source, i + 1);
                }
            }
            for (int extra = 0; extra < 3; extra++) {
                add(keys, item, "C#7", "O#7", 1, 60_000 + extra);
            }
            found = keys.find(List.of("first", "second"));
        }
        assertEquals(100 + 1, found.keys(), "100 keys shared by the two sources, and key 7");
        assertEquals(100 + 3, found.rows());
        assertEquals(DryRunKeys.EXAMPLES, found.examples().size());
        TargetDryRun.DuplicateKey first = found.examples().get(0);
        assertEquals("PK=C#0, SK=O#0", first.key());
        assertEquals(List.of("row 1 of first", "row 1 of second"), first.rows());
        TargetDryRun.DuplicateKey seven = found.examples().stream().filter(k -> k.key().equals("PK=C#7, SK=O#7")).findFirst()
                .orElseThrow();
        assertEquals(4, seven.items());
        assertEquals(3, seven.rows().size(), "the first three places only");
        assertTrue(isEmpty(dir), "the buckets are deleted on close");
    }

    @Test
    void digestsThatShareTheirFirstHalfAreDifferentKeys(@TempDir Path dir) throws Exception {
        byte[] a = ByteBuffer.allocate(16).putLong(42).putLong(1).array();
        byte[] b = ByteBuffer.allocate(16).putLong(42).putLong(2).array();
        try (DryRunKeys keys = new DryRunKeys(dir)) {
            keys.add(a, 0, 1, "a");
            keys.add(b, 0, 2, "b");
            keys.add(a, 0, 3, "a");
            TargetDryRun.Duplicates found = keys.find(List.of("s"));
            assertEquals(1, found.keys());
            assertEquals(1, found.rows());
            assertEquals(List.of("row 1 of s", "row 3 of s"), found.examples().get(0).rows());
        }
    }

    @Test
    void numbersAreOneKeyByValueAndTypesNeverMix() throws Exception {
        DryRunItem item = new DryRunItem(List.of("id"), List.of("gsi_pk"));
        byte[] n150 = hash(item, "{\"Item\":{\"id\":{\"N\":\"1.50\"},\"x\":{\"M\":{\"id\":{\"S\":\"no\"}}}}}\n");
        assertFalse(item.has("gsi_pk"));
        byte[] n15 = hash(item, "{\"Item\":{\"gsi_pk\":{\"S\":\"g\"},\"id\":{\"N\":\"1.5\"}}}\n");
        assertTrue(item.has("gsi_pk"));
        byte[] s15 = hash(item, "{\"Item\":{\"id\":{\"S\":\"1.5\"}}}\n");
        byte[] b = hash(item, "{\"Item\":{\"id\":{\"B\":\"MS41\"}}}\n");
        assertArrayEquals(n150, n15);
        assertNotEquals(ByteBuffer.wrap(n15), ByteBuffer.wrap(s15));
        assertNotEquals(ByteBuffer.wrap(s15), ByteBuffer.wrap(b), "B 1.5 (base64 MS41) is not S 1.5");
        assertEquals("id=MS41", item.keyText());
    }

    private static void add(DryRunKeys keys, DryRunItem item, String pk, String sk, int source, long row) throws Exception {
        hash(item, "{\"Item\":{\"PK\":{\"S\":\"" + pk + "\"},\"SK\":{\"S\":\"" + sk + "\"},\"v\":{\"N\":\"1\"}}}\n");
        keys.add(item.keyHash(), source, row, item.keyText());
    }

    private static byte[] hash(DryRunItem item, String line) throws Exception {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        item.parse(bytes, bytes.length);
        return item.keyHash();
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }
}
