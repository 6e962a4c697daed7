package io.lsql.core.cost;

import java.util.Locale;

/** How cost figures are written: dollars with cents, or four decimals under a dollar; GB to six decimals under one. */
public final class Money {

    private Money() {
    }

    public static String usd(double amount) {
        return amount >= 1 ? String.format(Locale.ROOT, "$%,.2f", amount) : String.format(Locale.ROOT, "$%.4f", amount);
    }

    public static String gigabytes(double gb) {
        return gb >= 1 ? String.format(Locale.ROOT, "%,.2f", gb) : String.format(Locale.ROOT, "%.6f", gb);
    }
}
