-- Technique: Enrichment columns
-- DynamoDB pattern: extra attributes added during migration (source_region, last_updated) for provenance and conflict resolution
-- Keys: PK = cust_id
-- Hint: A migration can add attributes the source table never had, such as the region or system the item came from and an ISO-8601 last_updated stamp. They let a dual-write or global-table setup resolve conflicts (newest last_updated wins) and let you trace every item back to its source. They are plain non-key attributes and cost only item size.
SELECT cust_id, name, email, phone, region, state, credit_rating,
       'us-east-1'                                      AS source_region,
       'mysql:app_db.Customers'                         AS source_table,
       DATE_FORMAT(last_updated, '%Y-%m-%dT%H:%i:%s')   AS last_updated
FROM Customers
ORDER BY cust_id;
