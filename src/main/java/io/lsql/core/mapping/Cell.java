package io.lsql.core.mapping;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One mapped value of the current row. Reused across rows by {@link RowMapper} to keep the export
 * allocation-light; read it before the next row.
 */
public final class Cell {

    public enum State { VALUE, NULL, ZERO_DATE, EMPTY_SET }

    State state = State.NULL;
    AttributeType type;
    /** S text, canonical N text, or the server's text for numbers (for padded key parts). */
    String text;
    /** The server's own text of a number or boolean, exactly as stored: keys and row hashes use it. */
    String rawText;
    byte[] bytes;
    boolean bool;
    List<String> set;
    JsonNode document;

    public State state() {
        return state;
    }

    public AttributeType type() {
        return type;
    }

    public boolean isPresent() {
        return state == State.VALUE;
    }

    public String text() {
        return text;
    }

    public String rawText() {
        return rawText;
    }

    public byte[] bytes() {
        return bytes;
    }

    public boolean bool() {
        return bool;
    }

    public List<String> set() {
        return set;
    }

    public JsonNode document() {
        return document;
    }

    void absent(State newState) {
        state = newState;
        type = null;
        text = null;
        rawText = null;
        bytes = null;
        set = null;
        document = null;
    }

    void string(String value) {
        absent(State.VALUE);
        type = AttributeType.S;
        text = value;
        rawText = value;
    }

    void number(String canonical, String raw) {
        absent(State.VALUE);
        type = AttributeType.N;
        text = canonical;
        rawText = raw;
    }

    void binary(byte[] value) {
        absent(State.VALUE);
        type = AttributeType.B;
        bytes = value;
    }

    /** A boolean, with the number the server stored ({@code raw}): keys use the number, so 1 and 2 stay apart. */
    void bool(boolean value, String raw) {
        absent(State.VALUE);
        type = AttributeType.BOOL;
        bool = value;
        text = value ? "true" : "false";
        rawText = raw;
    }

    void stringSet(List<String> members) {
        absent(State.VALUE);
        type = AttributeType.SS;
        set = members;
        text = String.join(",", members);
    }

    void document(JsonNode node, String raw) {
        absent(State.VALUE);
        type = AttributeType.DOCUMENT;
        document = node;
        text = raw;
        rawText = raw;
    }
}
