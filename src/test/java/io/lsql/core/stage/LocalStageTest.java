package io.lsql.core.stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalStageTest {

    @Test
    void listsTheFilesUnderAPrefixSortedWithoutPartFiles(@TempDir Path dir) throws Exception {
        LocalStage stage = new LocalStage(dir);
        for (String name : List.of("targets/b/data/2.json", "targets/b/data/1.json", "targets/a/data/1.json", "targets/b/manifest.json",
                "targets/bb/data/1.json", "run.json")) {
            try (OutputStream out = stage.create(name)) {
                out.write('x');
            }
        }
        Files.writeString(dir.resolve("targets/b/data/3.json.part"), "being written");
        assertEquals(List.of("targets/b/data/1.json", "targets/b/data/2.json"), stage.list("targets/b/data/"));
        assertEquals(List.of("targets/b/data/1.json", "targets/b/data/2.json", "targets/b/manifest.json"), stage.list("targets/b/"));
        assertEquals(List.of("targets/b/data/1.json", "targets/b/data/2.json", "targets/b/manifest.json", "targets/bb/data/1.json"),
                stage.list("targets/b"));
        assertEquals(6, stage.list("").size());
        assertEquals(List.of(), stage.list("targets/none/"));
    }
}
