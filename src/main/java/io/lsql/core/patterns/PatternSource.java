package io.lsql.core.patterns;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** Where an access pattern was harvested from, in the order of preference. */
public enum PatternSource {
    DIGEST("digest"),
    SLOW_LOG("slow-log"),
    GENERAL_LOG("general-log"),
    FILE("file"),
    SAMPLE("sample"),
    /** Typed by the user in the Patterns pane. */
    TYPED("typed");

    private final String label;

    PatternSource(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static PatternSource of(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown pattern source '" + label + "'."));
    }
}
