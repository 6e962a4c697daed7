package io.lsql.core.mapping;

import java.math.BigDecimal;
import java.util.Optional;

/** DynamoDB numbers: at most 38 significant digits, magnitude 1E-130 to 9.99…E+125, sent as text. */
public final class NumberText {

    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");
    private static final BigDecimal MAX_EXCLUSIVE = new BigDecimal("1E+126");

    private NumberText() {
    }

    /** The canonical text of a number (no trailing zeros, plain when short), or empty if DynamoDB can't hold it. */
    public static Optional<String> canonical(BigDecimal value) {
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.precision() > TypeMapping.MAX_NUMBER_DIGITS) {
            return Optional.empty();
        }
        BigDecimal magnitude = stripped.abs();
        if (stripped.signum() != 0 && (magnitude.compareTo(MIN_MAGNITUDE) < 0 || magnitude.compareTo(MAX_EXCLUSIVE) >= 0)) {
            return Optional.empty();
        }
        String plain = stripped.toPlainString();
        return Optional.of(plain.length() <= 48 ? plain : stripped.toString());
    }

    /**
     * True for integer text that is already canonical and within range: up to 38 digits, no
     * leading zeros, no "-0". Skips BigDecimal on the export's hot path.
     */
    static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits == 0 || digits > TypeMapping.MAX_NUMBER_DIGITS) {
            return false;
        }
        if (text.charAt(start) == '0') {
            return digits == 1 && start == 0;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static Optional<String> canonical(String text) {
        try {
            return canonical(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Shortest text that round-trips a FLOAT column value, read as the double the server sent. */
    public static String ofFloat(double fromServer) {
        return new BigDecimal(Float.toString((float) fromServer)).toString();
    }

    public static String ofDouble(double value) {
        return new BigDecimal(Double.toString(value)).toString();
    }

    /**
     * Fixed-width text whose string order equals numeric order, negatives included: a non-negative
     * number is zero-padded to {@code width} characters; a negative one is {@code -} followed by the
     * nines' complement of its zero-padded magnitude, so -42 sorts before -5 and every negative before
     * zero ({@code '-'} sorts before the digits). Numbers of one column share a scale, so their
     * decimal points line up. Text longer than the width is returned unchanged.
     */
    public static String pad(String text, int width) {
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        int target = negative ? width - 1 : width;
        StringBuilder sb = new StringBuilder(width);
        if (negative) {
            sb.append('-');
        }
        for (int i = digits.length(); i < target; i++) {
            sb.append(negative ? '9' : '0');
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            sb.append(negative && c >= '0' && c <= '9' ? (char) ('9' - (c - '0')) : c);
        }
        return sb.toString();
    }
}
