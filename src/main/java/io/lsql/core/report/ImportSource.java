package io.lsql.core.report;

import io.lsql.core.plan.LoadMode;
import io.lsql.core.plan.Plan;
import io.lsql.core.plan.Target;
import io.lsql.core.run.PlanLayouts;

import java.util.Optional;

/**
 * Where ImportTable reads a target's items when the plan imports it from an S3 stage: the bucket, the key prefix
 * every source of the target writes its data files under, and their compression.
 */
record ImportSource(String bucket, String keyPrefix, String compression) {

    static Optional<ImportSource> of(Plan plan, Target target) {
        String stage = plan.stage();
        if (target.loadOr(plan.defaults()) != LoadMode.IMPORT || stage == null || !stage.startsWith("s3://")) {
            return Optional.empty();
        }
        String rest = stage.substring("s3://".length());
        int slash = rest.indexOf('/');
        String bucket = slash < 0 ? rest : rest.substring(0, slash);
        String prefix = slash < 0 ? "" : rest.substring(slash + 1);
        prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        return Optional.of(new ImportSource(bucket, prefix + PlanLayouts.dataPrefix(target.table()),
                plan.defaults().compression().name()));
    }
}
