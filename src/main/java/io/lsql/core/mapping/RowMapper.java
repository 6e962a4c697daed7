package io.lsql.core.mapping;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one row of a text-protocol result set into reusable {@link Cell}s by the type-mapping
 * contract. Values come from the server's own text (exact decimals, dates as the server prints
 * them), never through double except for FLOAT/DOUBLE themselves.
 */
public final class RowMapper {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final List<SourceColumn> columns;
    private final Cell[] cells;
    /** Per column: true when a TINYINT(1) is written as BOOL, so a value other than 0/1 is worth counting. */
    private final boolean[] writtenAsBool;
    /**
     * Per column: true when a number is only ever written as text (transform STRING, in no key), so a value
     * outside DynamoDB's number range is no reason to refuse the row.
     */
    private final boolean[] writtenAsText;
    /** The result set {@link #utf8Columns} describes: the columns' encodings are looked up once per result set. */
    private ResultSet textOf;
    private boolean[] utf8Columns;
    private long zeroDates;
    private long nonBooleans;

    /** A mapper for columns written by the type mapping's defaults. */
    public RowMapper(List<SourceColumn> columns) {
        this(columns, Map.of(), Set.of());
    }

    /**
     * A mapper for the columns of {@code layout}, whose transforms decide which values are worth counting
     * and which numbers need not fit DynamoDB's range.
     */
    public RowMapper(ItemLayout layout) {
        this(layout.columns(), layout.transforms(), keyColumns(layout));
    }

    private RowMapper(List<SourceColumn> columns, Map<String, Transform> transforms, Set<Integer> keyColumns) {
        this.columns = List.copyOf(columns);
        this.cells = new Cell[columns.size()];
        Arrays.setAll(cells, i -> new Cell());
        this.writtenAsBool = new boolean[columns.size()];
        this.writtenAsText = new boolean[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            Transform transform = transforms.getOrDefault(columns.get(i).name(), Transform.DEFAULT);
            writtenAsBool[i] = transform == Transform.DEFAULT || transform == Transform.BOOL;
            writtenAsText[i] = transform == Transform.STRING && !keyColumns.contains(i);
        }
    }

    private static Set<Integer> keyColumns(ItemLayout layout) {
        Set<Integer> used = new HashSet<>();
        layout.allDerived().forEach(key -> used.addAll(key.columnIndexes()));
        return used;
    }

    public List<SourceColumn> columns() {
        return columns;
    }

    public Cell cell(int index) {
        return cells[index];
    }

    /** Zero dates seen so far (each one leaves its attribute out of the item). */
    public long zeroDates() {
        return zeroDates;
    }

    /**
     * TINYINT(1) values other than 0 and 1 seen so far in columns written as BOOL: MySQL's BOOLEAN
     * convention writes them as {@code true}, so they are counted for the summary (the number itself
     * stays in key values, and in the attribute of a column written as a number or text).
     */
    public long nonBooleans() {
        return nonBooleans;
    }

    /**
     * Maps the current row of {@code rs} (columns in source order, 1-based).
     *
     * @return empty when every value maps, else why the row can't become an item
     */
    public Optional<String> read(ResultSet rs) throws SQLException {
        Optional<String> first = Optional.empty();
        for (int i = 0; i < cells.length; i++) {
            Optional<String> problem = read(rs, i + 1, columns.get(i), cells[i]);
            if (problem.isPresent() && first.isEmpty()) {
                first = problem;
            }
        }
        return first;
    }

    /** Reads column {@code index} (1-based) of the current row. */
    private Optional<String> read(ResultSet rs, int index, SourceColumn column, Cell cell) throws SQLException {
        switch (column.kind()) {
            case BINARY -> {
                byte[] bytes = rs.getBytes(index);
                setOrNull(cell, bytes, () -> cell.binary(bytes));
                return Optional.empty();
            }
            case BOOL_BIT -> {
                byte[] bytes = rs.getBytes(index);
                setOrNull(cell, bytes, () -> cell.bool(anyBitSet(bytes), anyBitSet(bytes) ? "1" : "0"));
                return Optional.empty();
            }
            case DATE, DATETIME, TIMESTAMP, TIME -> {
                byte[] raw = rs.getBytes(index);
                return map(index - 1, raw == null ? null : new String(raw, StandardCharsets.US_ASCII));
            }
            default -> {
                String text = column.kind() == ValueKind.INTEGER || column.kind() == ValueKind.DECIMAL_N
                        ? numberText(rs, index, column.kind())
                        : column.kind() == ValueKind.STRING && utf8(rs, index) ? utf8Text(rs, index) : rs.getString(index);
                return map(index - 1, text);
            }
        }
    }

    /**
     * Maps a row whose values are given rather than read (an edited row, a key typed by a user): each value as the
     * text MySQL prints for it, {@code null} for NULL, binary columns as base64 and BIT(1) as 0 or 1.
     *
     * @return empty when every value maps, else why the row can't become an item
     */
    public Optional<String> mapGiven(List<String> texts) {
        Optional<String> first = Optional.empty();
        for (int i = 0; i < cells.length; i++) {
            String text = i < texts.size() ? texts.get(i) : null;
            Optional<String> problem = mapGiven(i, text);
            if (problem.isPresent() && first.isEmpty()) {
                first = problem;
            }
        }
        return first;
    }

    private Optional<String> mapGiven(int index, String text) {
        SourceColumn column = columns.get(index);
        if (text == null || (column.kind() != ValueKind.BINARY && column.kind() != ValueKind.BOOL_BIT)) {
            return map(index, text);
        }
        if (column.kind() == ValueKind.BOOL_BIT) {
            cells[index].bool(!isZero(text), isZero(text) ? "0" : "1");
            return Optional.empty();
        }
        try {
            cells[index].binary(java.util.Base64.getDecoder().decode(text));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            cells[index].absent(Cell.State.NULL);
            return Optional.of("column " + column.name() + ": binary values are given as base64");
        }
    }

    /**
     * Maps column {@code index} (0-based) of the current row from the text the server sent for it
     * ({@code null} for NULL). Binary and BIT(1) columns are read as bytes instead.
     *
     * @return empty when the value maps, else why the row can't become an item
     */
    Optional<String> map(int index, String text) {
        SourceColumn column = columns.get(index);
        Cell cell = cells[index];
        if (text == null) {
            cell.absent(Cell.State.NULL);
            return Optional.empty();
        }
        switch (column.kind()) {
            case DATE, DATETIME, TIMESTAMP, TIME -> {
                temporal(column.kind(), text, cell);
                return Optional.empty();
            }
            default -> {
                return fromText(index, column, text, cell);
            }
        }
    }

    /**
     * A number's text exactly as getString returns it, from the server's bytes: Connector/J's getString
     * parses every number and prints it again, the largest cost of reading a row. The bytes are the
     * answer whenever that round trip would not change them (no ZEROFILL zeros, no 0E-10); else getString.
     */
    private static String numberText(ResultSet rs, int index, ValueKind kind) throws SQLException {
        byte[] raw = rs.getBytes(index);
        if (raw == null) {
            return null;
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        boolean same = kind == ValueKind.INTEGER ? NumberText.isPlainInteger(text) : NumberText.printsAsItself(text);
        return same ? text : rs.getString(index);
    }

    /** Whether column {@code index} of {@code rs} arrives as UTF-8 (the server sends each column in its own charset). */
    private boolean utf8(ResultSet rs, int index) throws SQLException {
        if (rs != textOf) {
            textOf = rs;
            utf8Columns = utf8Columns(rs);
        }
        return utf8Columns[index - 1];
    }

    private static boolean[] utf8Columns(ResultSet rs) throws SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        boolean[] utf8 = new boolean[meta.getColumnCount()];
        if (meta.isWrapperFor(com.mysql.cj.jdbc.result.ResultSetMetaData.class)) {
            com.mysql.cj.jdbc.result.ResultSetMetaData mysql = meta.unwrap(com.mysql.cj.jdbc.result.ResultSetMetaData.class);
            for (int i = 0; i < utf8.length; i++) {
                utf8[i] = "UTF-8".equalsIgnoreCase(mysql.getColumnCharacterEncoding(i + 1));
            }
        }
        return utf8;
    }

    /** A UTF-8 column's text as getString decodes it, without its per-value lookups of converters and charsets. */
    private static String utf8Text(ResultSet rs, int index) throws SQLException {
        byte[] raw = rs.getBytes(index);
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }

    private Optional<String> fromText(int index, SourceColumn column, String text, Cell cell) {
        switch (column.kind()) {
            case BOOL_NUMBER -> {
                boolean zero = isZero(text);
                if (!zero && !isOne(text) && writtenAsBool[index]) {
                    nonBooleans++;
                }
                cell.bool(!zero, text);
            }
            case INTEGER, DECIMAL_N, DOUBLE -> {
                return number(index, column, text, text, cell);
            }
            case FLOAT -> {
                return number(index, column, NumberText.ofFloat(Double.parseDouble(text)), text, cell);
            }
            case SET -> {
                if (text.isEmpty()) {
                    cell.absent(Cell.State.EMPTY_SET);
                } else {
                    cell.stringSet(List.of(text.split(",")));
                }
            }
            case JSON -> {
                try {
                    cell.document(JSON.readTree(text), text);
                } catch (JsonProcessingException e) {
                    cell.string(text);
                }
            }
            default -> cell.string(text);
        }
        return Optional.empty();
    }

    private Optional<String> number(int index, SourceColumn column, String value, String raw, Cell cell) {
        if (column.kind() == ValueKind.INTEGER && NumberText.isPlainInteger(value)) {
            cell.number(value, raw);
            return Optional.empty();
        }
        Optional<String> canonical = NumberText.canonical(value);
        if (canonical.isEmpty() && writtenAsText[index]) {
            cell.string(new BigDecimal(value).stripTrailingZeros().toString());
            return Optional.empty();
        }
        if (canonical.isEmpty()) {
            cell.absent(Cell.State.NULL);
            return Optional.of("column " + column.name() + ": " + raw + " is outside DynamoDB's number range"
                    + " (38 digits, 1E-130 to 9.99E+125)");
        }
        cell.number(canonical.get(), raw);
        return Optional.empty();
    }

    private void temporal(ValueKind kind, String text, Cell cell) {
        if (text.startsWith("0000-00-00")) {
            zeroDates++;
            cell.absent(Cell.State.ZERO_DATE);
            return;
        }
        switch (kind) {
            case DATETIME -> cell.string(text.replace(' ', 'T'));
            case TIMESTAMP -> cell.string(text.replace(' ', 'T') + "Z");
            default -> cell.string(text);
        }
    }

    private static boolean isZero(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '0' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isOne(String text) {
        return text.equals("1");
    }

    private static boolean anyBitSet(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return true;
            }
        }
        return false;
    }

    private static void setOrNull(Cell cell, Object value, Runnable set) {
        if (value == null) {
            cell.absent(Cell.State.NULL);
        } else {
            set.run();
        }
    }

    static JsonNode parseJson(String text) throws JsonProcessingException {
        return JSON.readTree(text);
    }
}
