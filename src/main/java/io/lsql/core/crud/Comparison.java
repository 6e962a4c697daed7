package io.lsql.core.crud;

/** The comparisons a key condition or a filter may use: those DynamoDB's sort-key conditions allow, on both engines. */
public enum Comparison {
    EQ("=", 1), LT("<", 1), LE("<=", 1), GT(">", 1), GE(">=", 1), BETWEEN("BETWEEN", 2), BEGINS_WITH("begins_with", 1);

    private final String symbol;
    private final int operands;

    Comparison(String symbol, int operands) {
        this.symbol = symbol;
        this.operands = operands;
    }

    /** As DynamoDB's expression language writes it ({@code <=}, {@code BETWEEN}, {@code begins_with}). */
    public String symbol() {
        return symbol;
    }

    public int operands() {
        return operands;
    }
}
