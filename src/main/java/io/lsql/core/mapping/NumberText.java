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
        String plain = plainCanonical(text);
        if (plain != null) {
            return Optional.of(plain);
        }
        try {
            return canonical(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The canonical text of a plain decimal of at most 38 digits ({@code -12.50} -> {@code -12.5}, {@code 1200}
     * -> {@code 1200}, {@code -0.00} -> {@code 0}) without BigDecimal: what the server prints for DECIMAL and
     * integer columns, read on the export's hot path. Such a number is always within DynamoDB's range.
     * {@code null} for any other text (exponents, more digits, a leading +), which takes the BigDecimal path.
     */
    static String plainCanonical(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int point = -1;
        int digits = 0;
        int firstNonZero = -1;
        int lastNonZero = -1;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && point < 0) {
                point = i;
            } else if (c >= '0' && c <= '9') {
                digits++;
                if (c != '0') {
                    firstNonZero = firstNonZero < 0 ? i : firstNonZero;
                    lastNonZero = i;
                }
            } else {
                return null;
            }
        }
        if (digits == 0 || digits > TypeMapping.MAX_NUMBER_DIGITS || point == start || point == length - 1) {
            return null;
        }
        if (firstNonZero < 0) {
            return "0";
        }
        int intEnd = point < 0 ? length : point;
        // the integer part from its first non-zero digit, or "0"; the fraction up to its last non-zero digit
        int from = firstNonZero < intEnd ? firstNonZero : -1;
        int to = point >= 0 && lastNonZero > point ? lastNonZero + 1 : intEnd;
        StringBuilder sb = new StringBuilder(length + 1);
        if (start == 1) {
            sb.append('-');
        }
        if (from < 0) {
            sb.append('0').append(text, intEnd, to);
        } else {
            sb.append(text, from, to);
        }
        return sb.toString();
    }

    /**
     * True when {@code text} is a plain decimal that BigDecimal prints as itself ({@code 620.67}, but not
     * {@code 0.0000001} = 1E-7, {@code 0.0000000000} = 0E-10 or {@code -0.00} = 0.00): such text is what
     * Connector/J's getString returns for a DECIMAL, which parses and re-prints it.
     */
    static boolean printsAsItself(String text) {
        int length = text.length();
        int start = length > 0 && text.charAt(0) == '-' ? 1 : 0;
        int point = text.indexOf('.');
        int intEnd = point < 0 ? length : point;
        if (intEnd == start || point == length - 1 || (text.charAt(start) == '0' && intEnd - start > 1)) {
            return false;
        }
        boolean zero = true;
        int leadingFractionZeros = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (i == point) {
                continue;
            }
            if (c < '0' || c > '9') {
                return false;
            }
            if (c != '0') {
                zero = false;
            } else if (zero && i > intEnd) {
                leadingFractionZeros++;
            }
        }
        if (zero) {
            // 0.000000 prints as itself, 0.0000000 as 0E-7, and a minus sign is lost
            return start == 0 && (point < 0 ? 0 : length - point - 1) <= 6;
        }
        // a value below 1 prints plainly while its adjusted exponent (-1 - leading zeros) is at least -6
        return text.charAt(start) != '0' || leadingFractionZeros <= 5;
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

    /** The number {@link #pad} padded: leading zeros dropped, a negative's nines' complement undone. */
    public static String unpad(String padded) {
        boolean negative = padded.startsWith("-");
        StringBuilder digits = new StringBuilder();
        for (int i = negative ? 1 : 0; i < padded.length(); i++) {
            char c = padded.charAt(i);
            digits.append(negative && c >= '0' && c <= '9' ? (char) ('9' - (c - '0')) : c);
        }
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0' && digits.charAt(start + 1) != '.') {
            start++;
        }
        return (negative ? "-" : "") + digits.substring(start);
    }
}
