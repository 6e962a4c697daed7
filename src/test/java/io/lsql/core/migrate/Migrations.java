package io.lsql.core.migrate;

import io.lsql.core.CancellationToken;
import io.lsql.core.ProgressListener;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.load.LoadMethod;
import io.lsql.core.sandbox.Sandbox;
import io.lsql.testing.Databases;

import java.util.UUID;

/** Test helpers to run migrations against the sandbox. */
final class Migrations {

    private Migrations() {
    }

    static MigrationService service(Sandbox sandbox, String database) {
        return service(sandbox, database, Databases.aws(sandbox));
    }

    static MigrationService service(Sandbox sandbox, String database, AwsTarget aws) {
        return new MigrationService(Databases.source(sandbox, database), aws, ProgressListener.NONE, new CancellationToken());
    }

    static MigrationPlan plan(MigrationSource.Kind kind, String source, String target, String stage, LoadMethod load) {
        return MigrationPlan.of(new MigrationSource(kind, source), stage).withTargetTable(target).withLoad(load);
    }

    /** A fresh S3 prefix in a bucket on moto. */
    static String s3Stage(Sandbox sandbox) {
        try (var s3 = Databases.aws(sandbox).s3()) {
            String bucket = "lsql-it";
            if (s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                s3.createBucket(b -> b.bucket(bucket));
            }
            return "s3://" + bucket + "/" + UUID.randomUUID();
        }
    }
}
