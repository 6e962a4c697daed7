package io.lsql.core.rehearse;

import java.util.List;

/**
 * A WHERE comparison with the values the rehearsal chose for it, as MySQL prints them (a prefix for BEGINS_WITH).
 */
record BoundTerm(WhereTerm term, List<String> values) {

    BoundTerm {
        values = List.copyOf(values);
    }

    /** The values bound to the term's placeholders: a prefix becomes a LIKE pattern. */
    List<String> sqlValues() {
        if (term.operator() == io.lsql.core.proposal.KeyCondition.Operator.BEGINS_WITH) {
            return List.of(values.get(0).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return values;
    }
}
