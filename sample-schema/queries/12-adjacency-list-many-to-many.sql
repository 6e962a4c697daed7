-- Technique: Adjacency list
-- DynamoDB pattern: node items (PK = SK) plus one edge item per product-customer pair, an inverted GSI reads the relation from the other side
-- Keys: PK = PK ('PROD#0005' / 'CUST#0002'), SK = SK ('PROD#0005' / 'CUST#0002') (inverted GSI1: PK = SK, SK = PK)
-- Hint: A many-to-many relationship (products bought by customers, through order lines) is stored as an adjacency list: each node has an item whose PK equals its SK, and each edge is an item in the product's partition whose sort key is the customer. Query(PK = 'PROD#0005') returns the product and all its buyers. The GSI with PK and SK swapped answers Query(GSI1PK = 'CUST#0001'), the customer's node and every product bought. Edge items can carry relationship data such as times_ordered and total_qty.
SELECT CONCAT('PROD#', prod_id) AS PK, CONCAT('PROD#', prod_id) AS SK, 'Product' AS entity_type,
       name, category AS detail,
       CAST(NULL AS SIGNED) AS times_ordered, CAST(NULL AS SIGNED) AS total_qty
FROM Products
UNION ALL
SELECT CONCAT('CUST#', cust_id), CONCAT('CUST#', cust_id), 'Customer',
       name, region,
       NULL, NULL
FROM Customers
UNION ALL
SELECT CONCAT('PROD#', ol.prod_id), CONCAT('CUST#', o.cust_id), 'Bought',
       MAX(c.name), MAX(p.name),
       COUNT(*), SUM(ol.qty)
FROM OrderLines ol
JOIN Orders o    ON o.ord_id  = ol.ord_id
JOIN Customers c ON c.cust_id = o.cust_id
JOIN Products p  ON p.prod_id = ol.prod_id
GROUP BY ol.prod_id, o.cust_id
ORDER BY PK, SK;
