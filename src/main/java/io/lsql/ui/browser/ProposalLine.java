package io.lsql.ui.browser;

import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.Proposal;

import java.util.Optional;

/**
 * One line for the design view: where the proposal's best candidate puts a table, e.g. "Proposal c2: Orders items live in
 * Customers' collection (table Customers), sort key ORDER#{ord_id}". Empty without a proposal.
 */
final class ProposalLine {

    private ProposalLine() {
    }

    static String of(Proposal proposal, String table) {
        if (proposal == null || proposal.ranked().isEmpty() || table == null) {
            return "";
        }
        Candidate best = proposal.best().candidate();
        String head = "Proposal " + best.id() + " (" + best.name() + "): ";
        Optional<Target> holder = best.targets().stream().filter(t -> source(t, table).isPresent()).findFirst();
        if (holder.isEmpty()) {
            return head + "no target holds " + table + ".";
        }
        Target target = holder.get();
        TargetSource source = source(target, table).orElseThrow();
        String keys = keys(target, source);
        if (!target.singleTable()) {
            return head + table + " becomes table " + target.table() + ", " + keys + ".";
        }
        TargetSource first = target.sources().get(0);
        if (first == source) {
            return head + table + " items head the collections of table " + target.table() + ", " + keys + ".";
        }
        return head + table + " items live in " + first.name() + (first.name().endsWith("s") ? "'" : "'s")
                + " collection (table " + target.table() + "), " + keys + ".";
    }

    private static Optional<TargetSource> source(Target target, String table) {
        return target.sources().stream().filter(s -> s.name().equals(table)).findFirst();
    }

    private static String keys(Target target, TargetSource source) {
        String partition = "partition key " + source.template(target.partitionKey().name());
        return target.sortKey() == null ? partition
                : partition + ", sort key " + source.template(target.sortKey().name());
    }
}
