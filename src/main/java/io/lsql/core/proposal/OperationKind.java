package io.lsql.core.proposal;

/** The DynamoDB operation a candidate design serves one access pattern with. */
public enum OperationKind {
    /** GetItem on the whole primary key. */
    GET_ITEM,
    /** Query with a key condition on a table or a GSI, nothing filtered after the read. */
    QUERY,
    /** Query whose results are filtered after the read (FilterExpression): paid for what is read. */
    QUERY_FILTER,
    /** One Query on an item collection returns the rows of several joined tables at once. */
    COLLECTION,
    /** Several requests per call: a join followed by one GetItem/Query per row, or a scatter-gather over shards. */
    MULTI_REQUEST,
    /** Scan of the whole table (or index), filtered. */
    SCAN,
    /** PutItem for an INSERT (plus the GSI writes it causes). */
    PUT_ITEM,
    /** UpdateItem for an UPDATE by key. */
    UPDATE_ITEM,
    /** DeleteItem for a DELETE by key. */
    DELETE_ITEM,
    /** The pattern cannot be planned (unparsed statement, a table the candidate does not hold, an aggregate over everything). */
    UNSERVED;

    /** How the proposal table classes the operation: served / filtered / scan. */
    public Service service() {
        return switch (this) {
            case GET_ITEM, QUERY, COLLECTION, PUT_ITEM, UPDATE_ITEM, DELETE_ITEM -> Service.SERVED;
            case QUERY_FILTER, MULTI_REQUEST -> Service.FILTERED;
            case SCAN, UNSERVED -> Service.SCAN;
        };
    }

    /** Served means cheap: one request reading only what the pattern returns. */
    public enum Service { SERVED, FILTERED, SCAN }
}
