package io.lsql.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.lsql.core.stage.Stage;
import io.lsql.core.stage.StageCompression;

import java.util.List;

/**
 * What a {@link Loader} loads, and into which table.
 *
 * @param stage         the stage that holds the data files and the load checkpoints
 * @param dataPrefix    the part of the stage that holds every data file of the table (ImportTable reads all of it)
 * @param files         the data files, named relative to the stage, each with the items the export wrote into it:
 *                      a batch load reads exactly these and checks each file's count (ImportTable reads the whole
 *                      data prefix instead, so its request may list none)
 * @param createTable   the table's CreateTable input, whose TableName is the table loaded: ImportTable creates
 *                      it, a batch load creates it when it is missing (and checks its key when it is not)
 * @param compression   how the data files are compressed (ImportTable's input compression)
 * @param expectedItems the items the stage holds, for progress
 */
public record LoadRequest(Stage stage, String dataPrefix, List<LoadFile> files, JsonNode createTable,
                          StageCompression compression, long expectedItems) {

    public LoadRequest {
        files = List.copyOf(files);
    }

    /** The DynamoDB table loaded. */
    public String table() {
        return createTable.get("TableName").asText();
    }

    /** The table's key attribute names, partition key first. */
    public List<String> keyNames() {
        return TargetTables.keyNames(createTable);
    }
}
