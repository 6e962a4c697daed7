package io.lsql.core.rehearse;

import io.lsql.core.LsqlException;
import io.lsql.core.proposal.KeyCondition;
import io.lsql.core.proposal.KeyCondition.Operator;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A key condition and filter being written: placeholders for every name and value, so no reserved word gets in the way. */
final class Expressions {

    private final List<String> keyParts = new ArrayList<>();
    private final List<String> filterParts = new ArrayList<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();
    private final Map<String, AttributeValue> keyMap = new LinkedHashMap<>();

    void key(KeyCondition condition, List<AttributeValue> bound) {
        if (condition.operator() == Operator.EQ) {
            keyMap.put(condition.attribute(), bound.get(0));
        }
        keyParts.add(comparison(condition.attribute(), condition.operator(), bound));
    }

    void filter(String attribute, Operator operator, List<AttributeValue> bound) {
        filterParts.add(comparison(attribute, operator, bound));
    }

    private String comparison(String attribute, Operator operator, List<AttributeValue> bound) {
        String name = "#n" + names.size();
        names.put(name, attribute);
        List<String> placeholders = new ArrayList<>();
        for (AttributeValue value : bound) {
            String placeholder = ":v" + values.size();
            values.put(placeholder, value);
            placeholders.add(placeholder);
        }
        String first = placeholders.get(0);
        return switch (operator) {
            case EQ -> name + " = " + first;
            case LT -> name + " < " + first;
            case LE -> name + " <= " + first;
            case GT -> name + " > " + first;
            case GE -> name + " >= " + first;
            case BETWEEN -> name + " BETWEEN " + first + " AND " + placeholders.get(1);
            case BEGINS_WITH -> "begins_with(" + name + ", " + first + ")";
        };
    }

    /** The whole key for GetItem: every condition must be an equality. */
    Map<String, AttributeValue> keyMap() {
        if (keyMap.size() != keyParts.size() || keyMap.isEmpty()) {
            throw new LsqlException("GetItem needs an equality on every key attribute");
        }
        return keyMap;
    }

    String keyExpression() {
        if (keyParts.isEmpty()) {
            throw new LsqlException("a Query needs a key condition");
        }
        return String.join(" AND ", keyParts);
    }

    Optional<String> filterExpression() {
        return filterParts.isEmpty() ? Optional.empty() : Optional.of(String.join(" AND ", filterParts));
    }

    Map<String, String> names() {
        return names;
    }

    Map<String, AttributeValue> values() {
        return values;
    }
}
