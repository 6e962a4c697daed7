-- Technique: Item collection
-- DynamoDB pattern: Query on the partition key returns every line of one order
-- Keys: PK = ord_id, SK = ord_line_id
-- Hint: All items that share a partition key form an item collection, stored together and read with one Query. Using ord_id as the partition key and ord_line_id as the sort key mirrors the composite primary key of OrderLines, so "all lines of order 0001" becomes Query(PK = '0001') with no scan. The sort key also returns the lines in line order.
SELECT ord_id, ord_line_id, prod_id, qty, item_price, last_updated
FROM OrderLines
WHERE ord_id = '0001'
ORDER BY ord_line_id;
