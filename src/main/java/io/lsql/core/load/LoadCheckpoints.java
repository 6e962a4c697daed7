package io.lsql.core.load;

import io.lsql.core.stage.Stage;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a stage remembers about loading its run into ONE target table, under
 * {@code checkpoints/load/<table>/}: the method the load started with (written by the loader once it
 * starts, so a refused attempt leaves nothing behind), the ImportTable ARN, and one marker per data
 * file written. Keyed by table so that the same stage loaded into a second table starts afresh
 * instead of skipping every file or following the first table's import.
 */
public final class LoadCheckpoints {

    static final String ROOT = "checkpoints/load/";

    private final Stage stage;
    private final String dir;

    public LoadCheckpoints(Stage stage, String table) {
        this.stage = stage;
        this.dir = ROOT + segment(table) + "/";
    }

    /** The method this table's load was started with, if it was. */
    public Optional<LoadMethod> method() throws IOException {
        return text("method.txt").map(LoadMethod::parse);
    }

    /** Called by a loader once its load has started: from then on the table continues with this method. */
    void rememberMethod(LoadMethod method) throws IOException {
        stage.write(dir + "method.txt", method.id().getBytes(StandardCharsets.UTF_8));
    }

    Optional<String> importArn() throws IOException {
        return text("import-arn.txt");
    }

    void rememberImportArn(String arn) throws IOException {
        stage.write(dir + "import-arn.txt", arn.getBytes(StandardCharsets.UTF_8));
    }

    boolean fileDone(String file) throws IOException {
        return stage.exists(fileMarker(file));
    }

    void markFileDone(String file) throws IOException {
        stage.write(fileMarker(file), new byte[0]);
    }

    String fileMarker(String file) {
        return dir + "files/" + file.replace('/', '_') + ".done";
    }

    private Optional<String> text(String name) throws IOException {
        if (!stage.exists(dir + name)) {
            return Optional.empty();
        }
        return Optional.of(new String(stage.read(dir + name), StandardCharsets.UTF_8).trim());
    }

    /** A table name as one path segment: DynamoDB's [a-zA-Z0-9_.-] stay, anything else is %-encoded. */
    static String segment(String table) {
        String encoded = URLEncoder.encode(table, StandardCharsets.UTF_8).replace("*", "%2A").replace("+", "%20");
        return encoded.matches("\\.*") ? encoded.replace(".", "%2E") : encoded;
    }
}
