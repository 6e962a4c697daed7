package io.lsql.core.proposal;

import io.lsql.core.patterns.OrderTerm;
import io.lsql.core.patterns.RangeCondition;

import java.util.List;
import java.util.Set;

/**
 * What a pattern asks of one of its tables: the columns it binds with {@code =} (lower case, without the table),
 * its range condition, its ORDER BY on this table, the predicates no key or filter states, and its LIMIT.
 *
 * @param range       {@code null} when the pattern has none on this table; its column is lower case, without the table
 * @param knownRows   rows one call returns when the pattern's statistics say so, else a negative number
 */
record TableRead(String table, Set<String> equalities, RangeCondition range, List<OrderTerm> orderBy, List<String> other,
                 long limit, double knownRows) {

    TableRead {
        equalities = Set.copyOf(equalities);
        orderBy = List.copyOf(orderBy);
        other = List.copyOf(other);
    }

    TableRead withEqualities(Set<String> newEqualities) {
        return new TableRead(table, newEqualities, range, orderBy, other, limit, knownRows);
    }
}
