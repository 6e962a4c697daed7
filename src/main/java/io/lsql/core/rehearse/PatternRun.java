package io.lsql.core.rehearse;

import io.lsql.core.ErrorText;
import io.lsql.core.LsqlException;
import io.lsql.core.crud.Item;
import io.lsql.core.mapping.DynamoJson;
import io.lsql.core.patterns.AccessPattern;
import io.lsql.core.patterns.PatternShape;
import io.lsql.core.patterns.StatementKind;
import io.lsql.core.plan.TargetSource;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import io.lsql.core.rehearse.RehearsalResult.Outcome;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rehearses one pattern at a time on the migrated sample: bind, run both ways, compare. */
final class PatternRun {

    private final Connection connection;
    private final DynamoDbClient dynamo;
    private final Map<String, List<SourceBinding>> bindings;
    private final String prefix;
    private final Map<String, List<String>> tableColumns = new LinkedHashMap<>();

    PatternRun(Connection connection, DynamoDbClient dynamo, Map<String, List<SourceBinding>> bindings, String prefix) {
        this.connection = connection;
        this.dynamo = dynamo;
        this.bindings = bindings;
        this.prefix = prefix;
        bindings.values().forEach(list -> list.stream().filter(b -> b.source().kind() != io.lsql.core.migrate.MigrationSource.Kind.QUERY)
                .forEach(b -> tableColumns.putIfAbsent(b.table(), b.columns())));
    }

    RehearsalResult rehearse(AccessPattern pattern, PlannedOperation operation) {
        OperationKind kind = operation == null ? null : operation.kind();
        Optional<String> refusal = refusal(pattern.shape(), operation);
        if (refusal.isPresent()) {
            return RehearsalResult.notRehearsed(pattern.id(), kind, refusal.get());
        }
        PatternSql.Parsed parsed = PatternSql.parse(pattern.sql(), tableColumns);
        if (parsed.refusal() != null) {
            return RehearsalResult.notRehearsed(pattern.id(), kind, parsed.refusal());
        }
        List<SourceBinding> target = bindings.get(prefix + operation.table());
        if (target == null) {
            return RehearsalResult.notRehearsed(pattern.id(), kind, "the candidate has no table " + operation.table());
        }
        try {
            Optional<List<BoundTerm>> bound = new ValueChooser(connection).choose(parsed.terms());
            if (bound.isEmpty()) {
                return RehearsalResult.notRehearsed(pattern.id(), kind, "the sample has no row to take its values from");
            }
            return compare(pattern, operation, parsed, target, bound.get());
        } catch (SQLException e) {
            return RehearsalResult.notRehearsed(pattern.id(), kind, "MySQL refuses its whole-row form: " + ErrorText.of(e));
        } catch (LsqlException | DynamoDbException e) {
            return RehearsalResult.notRehearsed(pattern.id(), kind, "DynamoDB can't run it: " + ErrorText.firstLine(ErrorText.of(e)));
        }
    }

    private static Optional<String> refusal(PatternShape shape, PlannedOperation operation) {
        if (operation == null) {
            return Optional.of("the candidate plans no operation for it");
        }
        if (!shape.parsed()) {
            return Optional.of(shape.unparsedReason());
        }
        if (shape.kind() != StatementKind.SELECT) {
            return Optional.of("writes are not rehearsed");
        }
        if (!shape.aggregates().isEmpty() || !shape.groupBy().isEmpty()) {
            return Optional.of("aggregates (" + String.join(", ", shape.aggregates()) + ") are not rehearsed");
        }
        if (!operation.unfilterable().isEmpty()) {
            return Optional.of("no DynamoDB expression states " + String.join(" AND ", operation.unfilterable()));
        }
        return switch (operation.kind()) {
            case UNSERVED -> Optional.of("the candidate does not serve it: " + operation.explanation());
            case MULTI_REQUEST -> scatterGather(shape, operation) ? Optional.empty()
                    : Optional.of("a join with one lookup per row is not rehearsed");
            case GET_ITEM, QUERY, QUERY_FILTER, COLLECTION, SCAN -> Optional.empty();
            default -> Optional.of("writes are not rehearsed");
        };
    }

    /** A multi-request read over the shards of one partition key value, without a join: rehearsed as one Query per shard. */
    private static boolean scatterGather(PatternShape shape, PlannedOperation operation) {
        return shape.joins().isEmpty() && !operation.keyConditions().isEmpty()
                && ShardedTemplates.sharded(operation.keyConditions().get(0).template());
    }

    private RehearsalResult compare(AccessPattern pattern, PlannedOperation operation, PatternSql.Parsed parsed,
                                    List<SourceBinding> target, List<BoundTerm> bound) throws SQLException {
        List<SourceBinding> compared = target.stream()
                .filter(b -> operation.sourceIds().isEmpty() || operation.sourceIds().contains(b.source().id()))
                .filter(b -> parsed.rowsSql().containsKey(b.table())).toList();
        if (compared.isEmpty()) {
            return RehearsalResult.notRehearsed(pattern.id(), operation.kind(), "its operation returns none of the tables it reads");
        }
        if (parsed.join() && operation.kind() == OperationKind.SCAN) {
            return RehearsalResult.notRehearsed(pattern.id(), operation.kind(),
                    "a Scan of a join returns every item of each table and leaves the join to the client");
        }
        if (parsed.limit() != PatternSql.NO_LIMIT && !operation.orderServed()) {
            return RehearsalResult.notRehearsed(pattern.id(), operation.kind(),
                    "its LIMIT keeps rows in an order DynamoDB does not serve, so the two may rightly differ");
        }
        List<Object> parameters = new ArrayList<>();
        bound.forEach(b -> parameters.addAll(b.sqlValues()));
        if (parsed.limitPlaceholder()) {
            parameters.add(parsed.limit());
        }
        Map<String, SourceBinding> byTable = new LinkedHashMap<>();
        target.forEach(b -> byTable.putIfAbsent(b.table(), b));
        List<Map<String, AttributeValue>> read = new DynamoRead(dynamo, byTable).run(operation, target.get(0).target().table(), bound);
        boolean ordered = !parsed.join() && parsed.orderKept() && !pattern.shape().orderBy().isEmpty() && operation.orderServed() && operation.index() == null;
        List<RowDifference> differences = new ArrayList<>();
        long rows = 0;
        long items = 0;
        for (SourceBinding binding : compared) {
            List<SqlRows.Row> expected = SqlRows.read(connection, parsed.rowsSql().get(binding.table()), parameters, binding);
            List<Item> actual = itemsOf(read, binding, target.size() > 1, parsed.limit());
            rows += expected.size();
            items += actual.size();
            differences.addAll(ItemComparison.compare(binding, expected, actual, binding.projected(operation.index()), ordered));
        }
        String sql = shown(parsed.rowsSql().get(compared.get(0).table()), parameters);
        Outcome outcome = differences.isEmpty() ? Outcome.EQUAL : Outcome.DIFFERENT;
        List<RowDifference> listed = differences.subList(0, Math.min(differences.size(), RehearsalResult.LIST_LIMIT));
        return new RehearsalResult(pattern.id(), operation.kind(), outcome, sql, rows, items, listed, "");
    }

    /** The items of {@code binding}'s source (by entity in a target of several sources), cut to the pattern's LIMIT. */
    private static List<Item> itemsOf(List<Map<String, AttributeValue>> read, SourceBinding binding, boolean several, long limit) {
        List<Item> items = new ArrayList<>();
        for (Map<String, AttributeValue> item : read) {
            AttributeValue entity = item.get(TargetSource.ENTITY_ATTRIBUTE);
            if (!several || entity != null && binding.entityType() != null && binding.entityType().equals(entity.s())) {
                items.add(Item.fromJson(DynamoJson.toLine(item)));
            }
        }
        return limit == PatternSql.NO_LIMIT || items.size() <= limit ? items : items.subList(0, (int) limit);
    }

    /** The SQL with its values in place of the placeholders, for the report only (it ran as a prepared statement). */
    private static String shown(String sql, List<Object> parameters) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?' && next < parameters.size()) {
                Object value = parameters.get(next++);
                out.append(value instanceof Long ? value.toString() : "'" + value.toString().replace("'", "''") + "'");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
