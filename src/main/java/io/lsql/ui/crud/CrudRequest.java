package io.lsql.ui.crud;

import io.lsql.core.LsqlException;
import io.lsql.core.crud.ColumnPredicate;
import io.lsql.core.crud.Comparison;
import io.lsql.core.crud.CrudBinding;
import io.lsql.core.crud.DynamoRead;
import io.lsql.core.crud.Engine;
import io.lsql.core.crud.Item;
import io.lsql.core.crud.ItemValue;
import io.lsql.core.crud.KeyField;
import io.lsql.core.crud.RowValues;
import io.lsql.core.crud.SortCondition;
import io.lsql.core.crud.WriteSemantics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The toolbar at the moment Run was pressed, turned into the core's requests. Key values are typed as the MySQL
 * columns they come from ({@code North}, {@code 0003}); the binding renders them through the design's templates.
 *
 * @param index          a GSI name, or {@code null} for the table
 * @param sortOp         {@code null} when there is no sort-key condition
 * @param filterColumn   {@code null} when there is no filter
 * @param fillPage       keep reading until a page is full or {@link #FILL_REQUESTS} requests were sent
 */
public record CrudRequest(CrudOperation operation, Engine engine, String index, String partitionValue, Comparison sortOp,
                          String sortValue, String sortValue2, String filterColumn, Comparison filterOp, String filterValue,
                          String filterValue2, boolean forward, boolean consistentRead, int pageSize, boolean fillPage,
                          boolean nativeWrites) {

    /** How many requests "Fill page" may send for one page. */
    public static final int FILL_REQUESTS = 50;

    /** The first pages a freshly opened table shows: a Scan of each side in key order. */
    public static CrudRequest browse(int pageSize) {
        return new CrudRequest(CrudOperation.SCAN, Engine.BOTH, null, null, null, null, null, null, null, null, null, true, false,
                pageSize, false, false);
    }

    public CrudRequest withEngine(Engine newEngine) {
        return new CrudRequest(operation, newEngine, index, partitionValue, sortOp, sortValue, sortValue2, filterColumn, filterOp,
                filterValue, filterValue2, forward, consistentRead, pageSize, fillPage, nativeWrites);
    }

    public boolean onMySql() {
        return engine != Engine.DYNAMODB;
    }

    public boolean onDynamoDb() {
        return engine != Engine.MYSQL;
    }

    public WriteSemantics semantics() {
        return nativeWrites ? WriteSemantics.NATIVE : WriteSemantics.MYSQL;
    }

    /** The filter as conditions on columns: none or one. */
    public List<ColumnPredicate> filters() {
        if (blank(filterColumn) || filterOp == null) {
            return List.of();
        }
        return List.of(new ColumnPredicate(filterColumn, filterOp, text(filterValue), filterOp == Comparison.BETWEEN ? text(filterValue2) : null));
    }

    /** The Query or Scan this request sends first, starting at {@code startKey} (null for the first page). */
    public DynamoRead dynamoRead(CrudBinding binding, Item startKey) {
        int requests = fillPage ? FILL_REQUESTS : 1;
        if (operation == CrudOperation.SCAN) {
            return new DynamoRead(index, null, null, filters(), true, consistentRead, pageSize, requests, startKey);
        }
        KeyField partition = partitionField(binding);
        ItemValue value = binding.keyValue(partition.attribute(), columnValues(partition, partitionValue, null, null));
        KeyField sort = sortField(binding);
        SortCondition condition = null;
        if (sortOp != null && sort != null && !blank(sortValue)) {
            ItemValue low = binding.keyValue(sort.attribute(), columnValues(partition, partitionValue, sort, sortValue));
            condition = sortOp == Comparison.BETWEEN ? SortCondition.between(low, binding.keyValue(sort.attribute(),
                    columnValues(partition, partitionValue, sort, text(sortValue2)))) : SortCondition.of(sortOp, low);
        }
        return new DynamoRead(index, value, condition, filters(), forward, consistentRead, pageSize, requests, startKey);
    }

    /** The same read as conditions on MySQL columns: the key's columns, the sort condition's column, the filter. */
    public List<ColumnPredicate> mysqlWhere(CrudBinding binding) {
        List<ColumnPredicate> where = new ArrayList<>();
        if (operation == CrudOperation.QUERY) {
            KeyField partition = partitionField(binding);
            where.add(ColumnPredicate.eq(onlyColumn(partition), text(partitionValue)));
            KeyField sort = sortField(binding);
            if (sortOp != null && sort != null && !blank(sortValue)) {
                where.add(new ColumnPredicate(onlyColumn(sort), sortOp, sortValue, sortOp == Comparison.BETWEEN ? text(sortValue2) : null));
            }
        }
        where.addAll(filters());
        return where;
    }

    /** The row key of a Get: the partition value (and the sort value) as the table key's columns. */
    public RowValues rowKey(CrudBinding binding) {
        Map<String, String> key = new LinkedHashMap<>();
        key.put(onlyColumn(binding.partitionKey()), text(partitionValue));
        if (binding.sortKey() != null) {
            key.put(onlyColumn(binding.sortKey()), text(sortValue));
        }
        return new RowValues(key);
    }

    private KeyField partitionField(CrudBinding binding) {
        return index == null ? binding.partitionKey() : binding.index(index).partitionKey();
    }

    private KeyField sortField(CrudBinding binding) {
        return index == null ? binding.sortKey() : binding.index(index).sortKey();
    }

    private static RowValues columnValues(KeyField partition, String partitionText, KeyField sort, String sortText) {
        RowValues values = RowValues.of(onlyColumn(partition), text(partitionText));
        return sort == null ? values : values.with(onlyColumn(sort), sortText);
    }

    private static String onlyColumn(KeyField field) {
        if (field.columns().size() != 1) {
            throw new LsqlException("The key " + field.attribute() + " is built from " + String.join(", ", field.columns())
                    + " (" + field.template() + "); select a row and use its key, or filter on one of those columns.");
        }
        return field.columns().get(0);
    }

    private static String text(String value) {
        if (blank(value)) {
            throw new LsqlException("Give a value for the key or condition: the field is empty.");
        }
        return value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
