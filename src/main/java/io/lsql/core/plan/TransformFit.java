package io.lsql.core.plan;

import io.lsql.core.mapping.AttributeType;
import io.lsql.core.mapping.Transform;
import io.lsql.core.mapping.TypeMapping;
import io.lsql.core.mapping.ValueKind;
import io.lsql.core.schema.Column;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which column types each {@link Transform} applies to, and the DynamoDB type a column is then written as. */
public final class TransformFit {

    private static final Set<ValueKind> BOOLEANS = EnumSet.of(ValueKind.BOOL_NUMBER, ValueKind.BOOL_BIT);
    private static final Set<ValueKind> DATES = EnumSet.of(ValueKind.DATE, ValueKind.DATETIME, ValueKind.TIMESTAMP);
    private static final Set<ValueKind> NUMBERS = EnumSet.of(ValueKind.INTEGER, ValueKind.DECIMAL_N, ValueKind.DECIMAL_S,
            ValueKind.FLOAT, ValueKind.DOUBLE, ValueKind.BOOL_NUMBER, ValueKind.BOOL_BIT);
    private static final Set<ValueKind> TEXTS = EnumSet.of(ValueKind.INTEGER, ValueKind.DECIMAL_N, ValueKind.DECIMAL_S,
            ValueKind.FLOAT, ValueKind.DOUBLE, ValueKind.BOOL_NUMBER, ValueKind.BOOL_BIT, ValueKind.STRING, ValueKind.DATE,
            ValueKind.DATETIME, ValueKind.TIMESTAMP, ValueKind.TIME, ValueKind.JSON, ValueKind.GEOMETRY, ValueKind.OTHER);

    private record Fit(Set<ValueKind> kinds, String fits) {
    }

    private static final Map<Transform, Fit> FITS = Map.of(
            Transform.STRING, new Fit(TEXTS, "numbers, text, dates, times and JSON"),
            Transform.NUMBER, new Fit(NUMBERS, "integers, DECIMAL, FLOAT/DOUBLE, TINYINT(1) and BIT(1)"),
            Transform.BOOL, new Fit(BOOLEANS, "TINYINT(1) and BIT(1)"),
            Transform.ISO_TEXT, new Fit(DATES, "DATE, DATETIME and TIMESTAMP"),
            Transform.EPOCH_SECONDS, new Fit(DATES, "DATE, DATETIME and TIMESTAMP"),
            Transform.EPOCH_MILLIS, new Fit(DATES, "DATE, DATETIME and TIMESTAMP"),
            Transform.DOCUMENT, new Fit(EnumSet.of(ValueKind.JSON), "JSON"));

    private TransformFit() {
    }

    /** Why {@code transform} cannot apply to {@code column}, or empty when it can. */
    public static Optional<String> problem(Column column, Transform transform) {
        Fit fit = FITS.get(transform);
        if (fit == null || fit.kinds().contains(ValueKind.of(column))) {
            return Optional.empty();
        }
        return Optional.of("transform " + transform.id() + " does not apply to column " + column.name() + " ("
                + column.columnType() + "): it applies to " + fit.fits() + " only");
    }

    /** The type the column's values are written as under {@code transform}. */
    public static AttributeType writtenAs(Column column, Transform transform) {
        return switch (transform) {
            case DEFAULT -> TypeMapping.forColumn(column).type();
            case STRING, ISO_TEXT -> AttributeType.S;
            case NUMBER, EPOCH_SECONDS, EPOCH_MILLIS -> AttributeType.N;
            case BOOL -> AttributeType.BOOL;
            case DOCUMENT -> AttributeType.DOCUMENT;
        };
    }
}
