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
import java.util.List;

/**
 * The hard gates a candidate must pass to be proposed, each failure one sentence: a valid plan and CreateTable input
 * per target, at most 20 GSIs, and on the sampled rows no item it cannot write (over 400 KB, keys over 2,048 / 1,024
 * bytes, NULL or empty keys) and no two items with one primary key.
 */
final class Gates {

    private Gates() {
    }

    static List<String> check(AccessPaths paths, KeySample sample) {
        List<String> failures = new ArrayList<>();
        for (Target target : paths.targets()) {
            if (target.indexes().size() > DynamoRules.MAX_GSIS) {
                failures.add("Table " + target.table() + " has " + target.indexes().size() + " GSIs; DynamoDB allows at most "
                        + DynamoRules.MAX_GSIS + ".");
                continue;
            }
            try {
                DynamoRules.checkCreateTable(PlanLayouts.createTable(target));
            } catch (LsqlException | NullPointerException e) {
                failures.add("Table " + target.table() + " has no valid CreateTable input: " + e.getMessage());
            }
        }
        Plan plan = new Plan(Plan.VERSION, null, null, null, null, paths.targets());
        for (String problem : PlanChecker.check(plan, source -> paths.profile().table(source.name())
                .map(t -> SourceColumns.found(t.columns().stream().map(SourceColumn::column).toList()))
                .orElse(SourceColumns.missing("no table " + source.name() + " was sampled")))) {
            failures.add("The plan is invalid: " + problem);
        }
        sample.problems().forEach(p -> failures.add(Character.toUpperCase(p.charAt(0)) + p.substring(1)));
        return failures;
    }
}
