package io.lsql.core.proposal;

import io.lsql.core.LsqlException;
import io.lsql.core.design.DynamoRules;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.PlanChecker;
import io.lsql.core.plan.SourceColumns;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanLayouts;
import io.lsql.core.mapping.SourceColumn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/**
 * The hard gates a candidate must pass to be proposed, each failure one sentence: a valid plan and CreateTable input
 * per target, at most 20 GSIs, and on the sampled rows no item it cannot write (over 400 KB, keys over 2,048 / 1,024
 * bytes, NULL or empty keys) and no two items with one primary key.
 */
final class Gates {

    private Gates() {
    }

    /** One sentence per failed gate; a target that fails one gate is not reported again by the later ones. */
    static List<String> check(AccessPaths paths, KeySample sample) {
        List<String> failures = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (Target target : paths.targets()) {
            if (target.indexes().size() > DynamoRules.MAX_GSIS) {
                failures.add("Table " + target.table() + " has " + target.indexes().size() + " GSIs; DynamoDB allows at most "
                        + DynamoRules.MAX_GSIS + ".");
                failed.add(target.table());
                continue;
            }
            try {
                DynamoRules.checkCreateTable(PlanLayouts.createTable(target));
            } catch (LsqlException | NullPointerException e) {
                failures.add("Table " + target.table() + " has no valid CreateTable input: " + e.getMessage());
                failed.add(target.table());
            }
        }
        Plan plan = new Plan(Plan.VERSION, null, null, null, null, paths.targets());
        List<String> problems = PlanChecker.check(plan, source -> paths.profile().table(source.name())
                .map(t -> SourceColumns.found(t.columns().stream().map(SourceColumn::column).toList()))
                .orElse(SourceColumns.missing("no table " + source.name() + " was sampled")));
        Set<String> planFailed = new HashSet<>();
        for (String problem : problems) {
            String table = targetOf(problem);
            if (table == null || !failed.contains(table)) {
                failures.add("The plan is invalid: " + problem);
                planFailed.add(table);
            }
        }
        failed.addAll(planFailed);
        for (String problem : sample.problems()) {
            if (!failed.contains(targetOf(problem))) {
                failures.add(Character.toUpperCase(problem.charAt(0)) + problem.substring(1));
            }
        }
        return failures;
    }

    /** The table a "target T: …" or "target T, source S: …" sentence is about, or {@code null}. */
    private static String targetOf(String problem) {
        if (!problem.startsWith("target ")) {
            return null;
        }
        int end = problem.indexOf(':');
        int comma = problem.indexOf(',');
        end = comma > 0 && comma < end ? comma : end;
        return end < 0 ? null : problem.substring("target ".length(), end);
    }
}
