package io.lsql.core.report;

import java.util.Locale;

/** How the text renderers write counts, sizes, shares and table cells. */
final class Figures {

    private Figures() {
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String rate(double perSecond) {
        return perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }

    static String relation(SchemaTable.Relation r) {
        return r.name() + " (" + String.join(", ", r.columns()) + ") → " + r.parent();
    }

    static String orDash(String text) {
        return text == null ? "—" : text;
    }

    /** Text safe in a Markdown table cell: no pipe, no line break. */
    static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
