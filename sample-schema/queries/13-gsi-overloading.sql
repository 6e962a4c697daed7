-- Technique: GSI overloading
-- DynamoDB pattern: one GSI whose generic key attributes mean different things per entity type (region, category, rep)
-- Keys: PK = PK, SK = SK (GSI1: PK = GSI1PK ('REGION#West' / 'CAT#Snow' / 'REP#SAM'), SK = GSI1SK)
-- Hint: A table has at most 20 GSIs, so one index with generic attribute names can serve several access patterns at once: customers by region, products by category and date, orders by sales rep and date. Each entity writes its own meaning into GSI1PK/GSI1SK with a distinguishing prefix, so Query(GSI1PK = 'CAT#Snow') only ever returns products. The ISO-8601 dates in GSI1SK make range conditions such as "orders of SAM in March 2024" work with begins_with or BETWEEN.
SELECT CONCAT('CUST#', cust_id) AS PK, CONCAT('CUST#', cust_id) AS SK, 'Customer' AS entity_type,
       CONCAT('REGION#', region)  AS GSI1PK,
       CONCAT(COALESCE(state, '-'), '#', cust_id) AS GSI1SK,
       name AS label
FROM Customers
UNION ALL
SELECT CONCAT('PROD#', prod_id), CONCAT('PROD#', prod_id), 'Product',
       CONCAT('CAT#', category),
       DATE_FORMAT(last_updated, '%Y-%m-%dT%H:%i:%s'),
       name
FROM Products
UNION ALL
SELECT CONCAT('CUST#', cust_id), CONCAT('ORD#', ord_id), 'Order',
       CONCAT('REP#', rep_id),
       CONCAT(DATE_FORMAT(ord_date, '%Y-%m-%dT%H:%i:%s'), '#', ord_id),
       ord_id
FROM Orders
ORDER BY GSI1PK, GSI1SK;
