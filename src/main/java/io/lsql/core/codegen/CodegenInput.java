package io.lsql.core.codegen;

import io.lsql.core.plan.AttributeRule;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.schema.Column;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What code is generated from, whether a plan or a design directory was given: the plan targets, and the MySQL
 * columns of their sources where known (from the design, or read from the server).
 *
 * @param origin  names where the design came from (a database, a file), for the generated README and javadoc
 * @param columns the columns of each source by source id; a source not listed gets columns from its attribute rules
 */
public record CodegenInput(String origin, List<Target> targets, Map<String, List<Column>> columns) {

    private static final Pattern PRECISION = Pattern.compile("\\((\\d+)(?:,(\\d+))?\\)");

    public CodegenInput {
        targets = List.copyOf(targets);
        columns = Map.copyOf(columns);
    }

    /** The columns of {@code source}: as known, else from its attribute rules' DynamoDB types. */
    public List<Column> columnsOf(TargetSource source) {
        List<Column> known = columns.get(source.id());
        if (known != null) {
            return known;
        }
        List<Column> guessed = new ArrayList<>();
        for (AttributeRule rule : source.attributes()) {
            guessed.add(column(rule.column(), guessed.size() + 1, columnType(rule.type())));
        }
        return guessed;
    }

    /** A column known only by its declared type, e.g. {@code decimal(10,2)} or {@code bigint(20) unsigned}. */
    static Column column(String name, int position, String columnType) {
        String declared = columnType.toLowerCase(Locale.ROOT).trim();
        int cut = declared.indexOf('(');
        String dataType = (cut < 0 ? declared.replace(" unsigned", "").replace(" zerofill", "") : declared.substring(0, cut)).trim();
        Integer precision = null;
        Integer scale = null;
        Matcher matcher = PRECISION.matcher(declared);
        if (("decimal".equals(dataType) || "numeric".equals(dataType)) && matcher.find()) {
            precision = Integer.valueOf(matcher.group(1));
            scale = matcher.group(2) == null ? 0 : Integer.valueOf(matcher.group(2));
        }
        return new Column(name, position, dataType, declared, null, null, precision, scale, null, declared.contains("unsigned"),
                true, null, null, false, null, List.of());
    }

    /** A MySQL type that maps to DynamoDB type {@code type} (a number of unknown kind is exact: DECIMAL). */
    private static String columnType(String type) {
        return switch (type == null ? "S" : type.toUpperCase(Locale.ROOT)) {
            case "N" -> "decimal(38,10)";
            case "BOOL" -> "tinyint(1)";
            case "B" -> "varbinary(255)";
            case "SS" -> "set('')";
            case "DOCUMENT", "M", "L" -> "json";
            default -> "varchar(255)";
        };
    }
}
