-- Technique: Denormalization
-- DynamoDB pattern: four-table JOIN flattened into one self-contained item per order line
-- Keys: PK = ord_id, SK = ord_line_id
-- Hint: DynamoDB has no joins, so data read together should be stored together: each order line item carries copies of its order, customer and product attributes. One Query(PK = ord_id) then returns everything an order screen needs. The cost is duplicated data that must be rewritten in many items when, say, a customer changes email, so denormalize attributes that rarely change.
SELECT ol.ord_id, ol.ord_line_id,
       o.ord_date, o.ship_date, o.rep_id,
       c.cust_id, c.name AS cust_name, c.email, c.region,
       p.prod_id, p.name AS prod_name, p.category,
       ol.qty, ol.item_price, ol.qty * ol.item_price AS line_total
FROM OrderLines ol
JOIN Orders o    ON o.ord_id  = ol.ord_id
JOIN Customers c ON c.cust_id = o.cust_id
JOIN Products p  ON p.prod_id = ol.prod_id
ORDER BY ol.ord_id, ol.ord_line_id;
