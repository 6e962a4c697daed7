-- Technique: Sort key range condition
-- DynamoDB pattern: Query with a key condition on the sort key (BETWEEN) inside one partition
-- Keys: PK = ord_id, SK = ord_line_id
-- Hint: A Query can narrow an item collection with a condition on the sort key (=, <, <=, >, >=, BETWEEN, begins_with), and only the matching items are read and billed. Because ord_line_id is a zero-padded string, string order equals numeric order, so BETWEEN '0002' AND '0003' selects exactly lines 2 and 3. The range must be on the sort key: a range on any other attribute needs a filter or an index.
SELECT ord_id, ord_line_id, prod_id, qty, item_price
FROM OrderLines
WHERE ord_id = '0001'
  AND ord_line_id BETWEEN '0002' AND '0003'
ORDER BY ord_line_id;
