-- Technique: Composite sort key
-- DynamoDB pattern: hierarchical sort key state#cust_id inside a region partition, queried at any level with begins_with
-- Keys: PK = region, SK = location_key ('WA#0001')
-- Hint: Concatenating the levels of a hierarchy from broadest to narrowest into one sort key lets a single Query read any level: the whole region (PK only), one state (begins_with 'WA#') or one customer (the full key). Missing levels need a placeholder ('-') so the key is never empty and still sorts consistently. Watch the partition key's cardinality: a few large regions can become hot partitions, which a real design might spread out with write sharding.
SELECT region,
       CONCAT(COALESCE(state, '-'), '#', cust_id) AS location_key,
       cust_id, name, state, credit_rating
FROM Customers
ORDER BY region, location_key;
