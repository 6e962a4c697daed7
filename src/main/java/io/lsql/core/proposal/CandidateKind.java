package io.lsql.core.proposal;

/** The families of candidate designs the advisor generates, in the order it generates them. */
public enum CandidateKind {
    /** Today's advisor: one table per MySQL table, one GSI per secondary index. */
    TABLE_PER_TABLE,
    /** Child rows under their parent's partition key with a typed sort key, along foreign keys. */
    ITEM_COLLECTIONS,
    /** GSIs on low-density nullable columns the patterns look up, left sparse. */
    SPARSE_GSIS,
    /** Only the GSIs some pattern needs (and those it needs that MySQL did not index). */
    PATTERN_GSIS,
    /** A hot partition key spread over N shards (and the reads that gather them). */
    WRITE_SHARDING,
    /** Every table in one table with generic keys and an entity-type attribute. */
    SINGLE_TABLE
}
