package io.lsql.core.proposal;

import java.util.List;

/**
 * One part of a key condition, in terms a rehearsal can bind: the key attribute, the operator and, per source
 * whose items the condition reads, the key template that fills the attribute (so the pattern's bound column values
 * render to the attribute's value the same way the migration wrote it).
 *
 * @param attribute the table's or the index's key attribute
 * @param operator  {@code EQ} on a partition key; any operator on a sort key
 * @param columns   the pattern's columns ({@code Table.column}) whose values the condition takes, in template order;
 *                  empty for a condition on a template's literal prefix only (e.g. {@code begins_with(sk, "ORDER#")})
 * @param template  the key template of the source the condition reads (e.g. {@code ORDER#{ord_id}})
 */
public record KeyCondition(String attribute, Operator operator, List<String> columns, String template) {

    public KeyCondition {
        columns = List.copyOf(columns);
    }

    /** DynamoDB's key-condition operators. */
    public enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }
}
