package io.lsql.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Why a row would not become an item, in the groups a dry run counts. */
public enum DryRunReason {
    ITEM_OVER_400_KB("items over 400 KB"),
    PARTITION_KEY_OVER_2048_B("partition keys over 2048 B"),
    SORT_KEY_OVER_1024_B("sort keys over 1024 B"),
    EMPTY_OR_NULL_KEY("empty or NULL keys"),
    NUMBER_OUT_OF_RANGE("numbers out of DynamoDB's range"),
    INDEX_KEY_REFUSED("index keys refused"),
    OTHER("other rejects");

    private final String label;

    DryRunReason(String label) {
        this.label = label;
    }

    /** How the text report names the group, e.g. "items over 400 KB". */
    public String label() {
        return label;
    }

    /**
     * The group of a reject reason as the mapper and the encoder word it (see {@code RowMapper} and
     * {@code ItemEncoder}): the wording is the contract until the encoder reports a typed reason.
     */
    public static DryRunReason of(String reason) {
        String text = reason == null ? "" : reason;
        if (text.startsWith("item is ") && text.contains("400 KB")) {
            return ITEM_OVER_400_KB;
        }
        if (text.startsWith("partition key ")) {
            return PARTITION_KEY_OVER_2048_B;
        }
        if (text.startsWith("sort key ")) {
            return SORT_KEY_OVER_1024_B;
        }
        if (text.equals("empty key value") || text.startsWith("key column ") && text.endsWith(" is NULL")) {
            return EMPTY_OR_NULL_KEY;
        }
        if (text.contains("number range") || text.contains("38 digits") || text.contains("38 significant digits")) {
            return NUMBER_OUT_OF_RANGE;
        }
        if (text.startsWith("index ")) {
            return INDEX_KEY_REFUSED;
        }
        return OTHER;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static DryRunReason parse(String id) {
        for (DryRunReason reason : values()) {
            if (reason.id().equalsIgnoreCase(id) || reason.name().equalsIgnoreCase(id)) {
                return reason;
            }
        }
        return OTHER;
    }
}
