package io.lsql.core.rehearse;

import io.lsql.core.CancellationToken;
import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.connect.AwsErrors;
import io.lsql.core.connect.AwsTarget;
import io.lsql.core.connect.JdbcSource;
import io.lsql.core.migrate.SourceDescriber;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.plan.Target;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.Candidate;
import io.lsql.core.proposal.PlannedOperation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proves a candidate design on the data: migrates a sample of every table the patterns read into the candidate's tables,
 * then runs each pattern both ways (its SQL on MySQL, its planned operation on DynamoDB) and compares the two results
 * through the type mapping.
 */
public final class Rehearser {

    private final JdbcSource jdbc;
    private final AwsTarget aws;
    private final RehearsalOptions options;
    private final CancellationToken cancel;

    public Rehearser(JdbcSource jdbc, AwsTarget aws, RehearsalOptions options, CancellationToken cancel) {
        this.jdbc = jdbc;
        this.aws = aws;
        this.options = options;
        this.cancel = cancel;
    }

    /**
     * @param operations the candidate's operation for each pattern (by {@code patternId}); a pattern without one is not
     *                   rehearsed
     * @throws LsqlException in one sentence when the sample can't be migrated (DynamoDB unreachable, no scratch privilege)
     */
    public Rehearsal rehearse(List<AccessPattern> patterns, Candidate candidate, List<PlannedOperation> operations)
            throws IOException {
        Set<String> tables = new LinkedHashSet<>();
        patterns.forEach(p -> tables.addAll(p.shape().tables()));
        SampleMigration.Sample sample = new SampleMigration(jdbc, aws, options, cancel).migrate(candidate.targets(), tables);
        Map<String, PlannedOperation> byPattern = new LinkedHashMap<>();
        operations.forEach(o -> byPattern.putIfAbsent(o.patternId(), o));
        List<RehearsalResult> results = new ArrayList<>();
        try (Connection connection = sample.jdbc().openReadOnly(); DynamoDbClient dynamo = aws.dynamoDb()) {
            PatternRun run = new PatternRun(connection, dynamo, bindings(connection, sample), options.tablePrefix());
            for (AccessPattern pattern : patterns) {
                cancel.throwIfCancelled();
                results.add(run.rehearse(pattern, byPattern.get(pattern.id())));
            }
        } catch (SQLException e) {
            throw new LsqlException("Reading the sample in " + sample.jdbc().database() + " failed: " + ErrorText.of(e) + ".", e);
        } catch (SdkException e) {
            throw AwsErrors.translate("Reading the rehearsal tables in DynamoDB at " + aws.describe(), e);
        }
        return new Rehearsal(candidate.id(), sample.jdbc().database(), options.sampleRows(), options.tablePrefix(), results);
    }

    /** Every source of every migrated target with the layout the migration used, by the target's (prefixed) table. */
    private static Map<String, List<SourceBinding>> bindings(Connection connection, SampleMigration.Sample sample) {
        Map<String, List<SourceBinding>> bindings = new LinkedHashMap<>();
        for (Target target : sample.targets()) {
            List<SourceBinding> sources = new ArrayList<>();
            for (TargetSource source : target.sources()) {
                sources.add(SourceBinding.of(target, source,
                        SourceDescriber.describe(connection, sample.jdbc().database(), source.migrationSource())));
            }
            bindings.put(target.table(), sources);
        }
        return bindings;
    }
}
