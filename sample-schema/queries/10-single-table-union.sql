-- Technique: Single-table design
-- DynamoDB pattern: customers, orders and order lines stacked into one table with generic PK/SK attributes
-- Keys: PK = PK ('CUST#0001' / 'ORD#0001'), SK = SK ('PROFILE' / 'ORD#0003' / 'LINE#0002')
-- Hint: Single-table design stores several entity types in one table under generic key names, with prefixed values so related items share a partition. Query(PK = 'CUST#0001') returns the customer's profile and all its orders at once, and Query(PK = 'ORD#0001', SK begins_with 'LINE#') returns that order's lines. UNION ALL with the same column list in each branch builds the stacked result. Attributes an entity lacks stay NULL and are omitted.
SELECT CONCAT('CUST#', cust_id) AS PK, 'PROFILE' AS SK, 'Customer' AS entity_type,
       name, email, region,
       CAST(NULL AS DATETIME) AS ord_date, CAST(NULL AS CHAR(20)) AS rep_id,
       CAST(NULL AS CHAR(20)) AS prod_id, CAST(NULL AS SIGNED) AS qty, CAST(NULL AS SIGNED) AS item_price
FROM Customers
UNION ALL
SELECT CONCAT('CUST#', cust_id), CONCAT('ORD#', ord_id), 'Order',
       NULL, NULL, NULL,
       ord_date, rep_id,
       NULL, NULL, NULL
FROM Orders
UNION ALL
SELECT CONCAT('ORD#', ord_id), CONCAT('LINE#', ord_line_id), 'OrderLine',
       NULL, NULL, NULL,
       NULL, NULL,
       prod_id, qty, item_price
FROM OrderLines
ORDER BY PK, SK;
