package io.lsql.core.rehearse;

import io.lsql.core.LsqlException;
import io.lsql.core.mapping.KeyTemplate;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.KeyCondition.Operator;
import io.lsql.core.proposal.OperationKind;
import io.lsql.core.proposal.PlannedOperation;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a planned operation with the rehearsal's bound values: GetItem on the whole key, a Query with its key condition
 * (and filter), or a filtered Scan, paged to the end on LastEvaluatedKey.
 */
final class DynamoRead {

    private final DynamoDbClient dynamo;
    private final Map<String, SourceBinding> bindings;

    /** @param bindings the sources of the rehearsed target, by MySQL table name */
    DynamoRead(DynamoDbClient dynamo, Map<String, SourceBinding> bindings) {
        this.dynamo = dynamo;
        this.bindings = bindings;
    }

    /**
     * The items the operation returns on {@code table}, in the order DynamoDB returns them; a partition key with shard
     * numbers is asked once per shard (scatter-gather), the shards' items one after the other.
     */
    List<Map<String, AttributeValue>> run(PlannedOperation operation, String table, List<BoundTerm> terms) {
        List<KeyCondition> conditions = operation.keyConditions();
        if (conditions.isEmpty() || !ShardedTemplates.sharded(conditions.get(0).template())) {
            return runOnce(operation, table, conditions, terms);
        }
        KeyCondition partition = conditions.get(0);
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String shard : ShardedTemplates.perShard(partition.template())) {
            List<KeyCondition> one = new ArrayList<>(conditions);
            one.set(0, new KeyCondition(partition.attribute(), partition.operator(), partition.columns(), shard));
            items.addAll(runOnce(operation, table, one, terms));
        }
        return items;
    }

    private List<Map<String, AttributeValue>> runOnce(PlannedOperation operation, String table, List<KeyCondition> conditions,
                                                      List<BoundTerm> terms) {
        Expressions expressions = new Expressions();
        for (KeyCondition condition : conditions) {
            expressions.key(condition, keyValues(condition, terms));
        }
        for (String column : operation.filterColumns()) {
            filter(expressions, column, terms);
        }
        return switch (operation.kind()) {
            case GET_ITEM -> expressions.filterExpression().isPresent() ? query(table, operation, expressions) : getItem(table, expressions);
            case SCAN -> scan(table, operation.index(), expressions);
            case QUERY, QUERY_FILTER, COLLECTION, MULTI_REQUEST -> query(table, operation, expressions);
            default -> throw new LsqlException(operation.kind() + " is not a read the rehearsal runs");
        };
    }

    private void filter(Expressions expressions, String column, List<BoundTerm> terms) {
        List<BoundTerm> compared = terms.stream().filter(t -> sameColumn(t.term().column(), column)).toList();
        if (compared.isEmpty()) {
            throw new LsqlException("the filter on " + column + " has no comparison with a value the rehearsal can state");
        }
        SourceBinding binding = binding(column);
        String attribute = binding.attributeOf(columnName(column)).orElseThrow(() -> new LsqlException(
                "the filter on " + column + " reads a column the migration drops"));
        for (BoundTerm term : compared) {
            List<AttributeValue> values = term.values().stream().map(v -> KeyValues.render(binding, attribute,
                    KeyTemplate.placeholder(columnName(column), 0), Map.of(columnName(column), v))).toList();
            expressions.filter(attribute, term.term().operator(), values);
        }
    }

    /** Per value the condition takes (two for BETWEEN), the attribute value rendered through its template. */
    private List<AttributeValue> keyValues(KeyCondition condition, List<BoundTerm> terms) {
        SourceBinding binding = condition.columns().isEmpty() ? templateOwner(condition) : binding(condition.columns().get(0));
        int valueCount = condition.operator() == Operator.BETWEEN ? 2 : 1;
        List<AttributeValue> values = new ArrayList<>();
        for (int v = 0; v < valueCount; v++) {
            Map<String, String> columns = new LinkedHashMap<>();
            for (int c = 0; c < condition.columns().size(); c++) {
                boolean ranged = c == condition.columns().size() - 1 && condition.operator() != Operator.EQ;
                String column = condition.columns().get(c);
                columns.put(columnName(column), ranged && condition.operator() == Operator.BETWEEN ? betweenValue(terms, column, v)
                        : term(terms, column, ranged).values().get(0));
            }
            values.add(KeyValues.render(binding, condition.attribute(), condition.template(), columns));
        }
        return values;
    }

    /** End {@code end} (0 lower, 1 upper) of a BETWEEN: from a BETWEEN term, or from the pair of bounds the pattern states. */
    private static String betweenValue(List<BoundTerm> terms, String column, int end) {
        BoundTerm first = term(terms, column, true);
        if (first.term().operator() == Operator.BETWEEN) {
            return first.values().get(end);
        }
        boolean lower = end == 0;
        return terms.stream().filter(t -> t.term().columnName().equalsIgnoreCase(columnName(column))
                        && (lower ? t.term().operator() == Operator.GT || t.term().operator() == Operator.GE
                        : t.term().operator() == Operator.LT || t.term().operator() == Operator.LE))
                .findFirst().map(t -> t.values().get(0))
                .orElseThrow(() -> new LsqlException("the BETWEEN on " + column + " has no " + (lower ? "lower" : "upper")
                        + " bound in the pattern"));
    }

    /** The term binding {@code column}: a range term for the condition's ranged column, else an equality (either as a fallback). */
    private static BoundTerm term(List<BoundTerm> terms, String column, boolean ranged) {
        return termOf(terms, column, ranged).or(() -> termOf(terms, column, !ranged))
                .orElseThrow(() -> new LsqlException("the key condition on " + column + " has no value bound in the pattern"));
    }

    private static Optional<BoundTerm> termOf(List<BoundTerm> terms, String column, boolean ranged) {
        Optional<BoundTerm> exact = terms.stream().filter(t -> sameColumn(t.term().column(), column)
                && (t.term().operator() != Operator.EQ) == ranged).findFirst();
        return exact.or(() -> terms.stream().filter(t -> t.term().columnName().equalsIgnoreCase(columnName(column))
                && (t.term().operator() != Operator.EQ) == ranged).findFirst());
    }

    /** The source that writes the condition's attribute with the condition's template (for a literal-prefix condition). */
    private SourceBinding templateOwner(KeyCondition condition) {
        return bindings.values().stream().filter(b -> condition.template().equals(b.source().template(condition.attribute())))
                .findFirst().orElseGet(() -> bindings.values().iterator().next());
    }

    private SourceBinding binding(String column) {
        String table = column.substring(0, Math.max(0, column.indexOf('.')));
        return bindings.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(table)).map(Map.Entry::getValue).findFirst()
                .orElseGet(() -> bindings.values().iterator().next());
    }

    private List<Map<String, AttributeValue>> getItem(String table, Expressions expressions) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(expressions.keyMap()).consistentRead(true)).item();
        return item == null || item.isEmpty() ? List.of() : List.of(item);
    }

    private List<Map<String, AttributeValue>> query(String table, PlannedOperation operation, Expressions expressions) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest.Builder request = QueryRequest.builder().tableName(table).indexName(operation.index())
                    .keyConditionExpression(expressions.keyExpression()).scanIndexForward(operation.forward())
                    .expressionAttributeNames(expressions.names()).expressionAttributeValues(expressions.values())
                    .exclusiveStartKey(start);
            expressions.filterExpression().ifPresent(request::filterExpression);
            QueryResponse page = dynamo.query(request.build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    private List<Map<String, AttributeValue>> scan(String table, String index, Expressions expressions) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanRequest.Builder request = ScanRequest.builder().tableName(table).indexName(index).exclusiveStartKey(start);
            if (expressions.filterExpression().isPresent()) {
                request.filterExpression(expressions.filterExpression().get()).expressionAttributeNames(expressions.names())
                        .expressionAttributeValues(expressions.values());
            }
            ScanResponse page = dynamo.scan(request.build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    static boolean sameColumn(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    static String columnName(String column) {
        return column.substring(column.indexOf('.') + 1);
    }
}
