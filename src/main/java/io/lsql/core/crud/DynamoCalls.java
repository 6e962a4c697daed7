package io.lsql.core.crud;

import io.lsql.core.LsqlException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link DynamoCall} of each CRUD operation on the bound table. In a single-table target, reads keep to
 * the bound source's items with a filter on its entity type.
 */
final class DynamoCalls {

    private final CrudBinding binding;

    DynamoCalls(CrudBinding binding) {
        this.binding = binding;
    }

    DynamoCall get(Item key, boolean consistentRead) {
        return DynamoCall.of(DynamoOperation.GET_ITEM, binding.table()).withKey(binding.keyOf(key))
                .withReads(consistentRead ? Boolean.TRUE : null, null, null);
    }

    DynamoCall read(DynamoRead read) {
        IndexInfo index = read.index() == null ? null : binding.index(read.index());
        if (index != null && read.consistentRead()) {
            throw new LsqlException("A consistent read is not possible on GSI " + index.name()
                    + ": global secondary indexes are eventually consistent; read the table instead, or turn consistent read off.");
        }
        Placeholders p = new Placeholders();
        String keyCondition = read.isQuery() ? keyCondition(read, index, p) : null;
        String filter = filter(read.filters(), read.isQuery() ? keyAttributes(index) : List.of(), p);
        DynamoCall call = DynamoCall.of(read.isQuery() ? DynamoOperation.QUERY : DynamoOperation.SCAN, binding.table())
                .withIndex(read.index()).withExpressions(keyCondition, filter, null, null, p.names(), p.values())
                .withReads(read.consistentRead() ? Boolean.TRUE : null, read.isQuery() && !read.forward() ? Boolean.FALSE : null,
                        read.pageSize());
        return call.withStartKey(read.startKey());
    }

    DynamoCall insert(Item item, WriteSemantics semantics) {
        DynamoCall call = DynamoCall.of(DynamoOperation.PUT_ITEM, binding.table()).withItem(item);
        return semantics == WriteSemantics.MYSQL ? conditioned(call, "attribute_not_exists") : call;
    }

    DynamoCall update(Item key, Item set, List<String> remove, WriteSemantics semantics) {
        Item itemKey = binding.keyOf(key);
        Placeholders p = new Placeholders();
        String condition = null;
        if (semantics == WriteSemantics.MYSQL) {
            condition = "attribute_exists(" + p.name("pk", binding.partitionKey().attribute()) + ")";
        }
        List<String> sets = new ArrayList<>();
        for (Map.Entry<String, ItemValue> e : set.attributes().entrySet()) {
            refuseKey(e.getKey());
            sets.add(p.name(e.getKey()) + " = " + p.value(e.getKey(), e.getValue()));
        }
        List<String> removes = new ArrayList<>();
        for (String attribute : remove) {
            refuseKey(attribute);
            removes.add(p.name(attribute));
        }
        if (sets.isEmpty() && removes.isEmpty()) {
            throw new LsqlException("Nothing to update: give at least one attribute to change.");
        }
        String update = (sets.isEmpty() ? "" : "SET " + String.join(", ", sets))
                + (removes.isEmpty() ? "" : (sets.isEmpty() ? "" : " ") + "REMOVE " + String.join(", ", removes));
        return DynamoCall.of(DynamoOperation.UPDATE_ITEM, binding.table()).withKey(itemKey)
                .withExpressions(null, null, condition, update, p.names(), p.values()).withReturnValues("ALL_NEW");
    }

    DynamoCall delete(Item key) {
        return DynamoCall.of(DynamoOperation.DELETE_ITEM, binding.table()).withKey(binding.keyOf(key)).withReturnValues("ALL_OLD");
    }

    private DynamoCall conditioned(DynamoCall call, String function) {
        Placeholders p = new Placeholders();
        String condition = function + "(" + p.name("pk", binding.partitionKey().attribute()) + ")";
        return call.withExpressions(null, null, condition, null, p.names(), p.values());
    }

    private String keyCondition(DynamoRead read, IndexInfo index, Placeholders p) {
        KeyField pk = index == null ? binding.partitionKey() : index.partitionKey();
        KeyField sk = index == null ? binding.sortKey() : index.sortKey();
        String condition = p.name("pk", pk.attribute()) + " = " + p.value("pk", typed(pk, read.partitionValue()));
        SortCondition sort = read.sort();
        if (sort == null) {
            return condition;
        }
        if (sk == null) {
            throw new LsqlException((index == null ? "The table " + binding.table() : "GSI " + index.name())
                    + " has no sort key, so a Query can't take a sort-key condition; use a filter instead.");
        }
        return condition + " AND " + comparison(p.name("sk", sk.attribute()), sort.op(), "sk", typed(sk, sort.value()),
                sort.value2() == null ? null : typed(sk, sort.value2()), p);
    }

    private String filter(List<ColumnPredicate> filters, List<String> keyAttributes, Placeholders p) {
        List<String> terms = new ArrayList<>();
        for (ColumnPredicate f : filters) {
            String attribute = binding.attributeOf(f.column()).orElseThrow(() -> new LsqlException("The column " + f.column()
                    + " is not written to DynamoDB (the mapping drops it), so it can't be filtered on."));
            if (keyAttributes.contains(attribute)) {
                throw new LsqlException(attribute + " is a key attribute of this Query: give it as the key condition, not a filter.");
            }
            ItemType type = binding.attributeType(attribute);
            ItemValue low = ItemEditor.parse(type, f.value());
            ItemValue high = f.value2() == null ? null : ItemEditor.parse(type, f.value2());
            terms.add(comparison(p.name(attribute), f.op(), attribute, low, high, p));
        }
        if (binding.entityType() != null) {
            String entity = io.lsql.core.plan.TargetSource.ENTITY_ATTRIBUTE;
            terms.add(p.name(entity) + " = " + p.value(entity, ItemValue.s(binding.entityType())));
        }
        return terms.isEmpty() ? null : String.join(" AND ", terms);
    }

    private static String comparison(String name, Comparison op, String alias, ItemValue value, ItemValue value2, Placeholders p) {
        return switch (op) {
            case BETWEEN -> name + " BETWEEN " + p.value(alias, value) + " AND " + p.value(alias, value2);
            case BEGINS_WITH -> "begins_with(" + name + ", " + p.value(alias, value) + ")";
            default -> name + " " + op.symbol() + " " + p.value(alias, value);
        };
    }

    /** A key value as the key's declared type: a number typed as text is sent as N, never S. */
    private static ItemValue typed(KeyField key, ItemValue value) {
        if (value.type() == key.type()) {
            return value;
        }
        if (value.type().isKeyType() && key.type() != ItemType.B) {
            return ItemEditor.parse(key.type(), value.text());
        }
        throw new LsqlException("The key " + key.attribute() + " is " + key.type() + "; a " + value.type() + " value can't match it.");
    }

    private List<String> keyAttributes(IndexInfo index) {
        KeyField pk = index == null ? binding.partitionKey() : index.partitionKey();
        KeyField sk = index == null ? binding.sortKey() : index.sortKey();
        return sk == null ? List.of(pk.attribute()) : List.of(pk.attribute(), sk.attribute());
    }

    private void refuseKey(String attribute) {
        if (attribute.equals(binding.partitionKey().attribute())
                || (binding.sortKey() != null && attribute.equals(binding.sortKey().attribute()))) {
            throw new LsqlException("DynamoDB can't change the key attribute " + attribute
                    + " of an item: delete the item and insert it with the new key.");
        }
    }
}
