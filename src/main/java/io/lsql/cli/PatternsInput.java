package io.lsql.cli;

import io.lsql.core.patterns.PatternsFile;
import io.lsql.core.patterns.PatternsJson;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --patterns FILE}: the application's access patterns the design, plan or report proposes a design for. */
final class PatternsInput {

    @Option(names = "--patterns", paramLabel = "FILE",
            description = "Access patterns (lsql patterns --out): score candidate designs against them and propose the best.")
    Path file;

    boolean given() {
        return file != null;
    }

    PatternsFile read() {
        return file == null ? null : PatternsJson.read(file);
    }
}
