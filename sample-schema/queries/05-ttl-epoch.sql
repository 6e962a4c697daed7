-- Technique: TTL
-- DynamoDB pattern: Time to Live attribute holding an epoch-seconds expiry one year after last_updated
-- Keys: PK = ord_id
-- Hint: DynamoDB TTL deletes an item some time after the epoch-seconds Number in its TTL attribute has passed, at no write cost. UNIX_TIMESTAMP interprets the DATETIME in the session time zone, so run the export with a fixed time zone (UTC) to get reproducible values. With this 2024 sample data the expiry dates are already in the past, so a table with TTL enabled on "ttl" would start deleting these items soon after the import.
SELECT ord_id, cust_id, rep_id, ord_date, ship_date, last_updated,
       UNIX_TIMESTAMP(DATE_ADD(last_updated, INTERVAL 1 YEAR)) AS ttl
FROM Orders
ORDER BY ord_id;
