package io.lsql.core.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.lsql.core.LsqlException;

import java.util.Locale;

/** How staged items reach DynamoDB. */
public enum LoadMethod {
    /** IMPORT when the table does not exist yet and the stage is S3, else BATCH. */
    AUTO,
    /** DynamoDB ImportTable: creates a new table from the staged S3 prefix. */
    IMPORT,
    /** Parallel BatchWriteItem into a new or existing table. */
    BATCH;

    /** import, batch or auto, in any case (also how plans and manifests are read). */
    @JsonCreator
    public static LoadMethod parse(String text) {
        for (LoadMethod method : values()) {
            if (method.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return method;
            }
        }
        throw new LsqlException("--load must be import, batch or auto, not '" + text + "'.");
    }

    /** The lower-case name used on the command line, in plans and in checkpoints. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}
