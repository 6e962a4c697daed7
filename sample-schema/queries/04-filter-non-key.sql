-- Technique: Filter on a non-key attribute
-- DynamoDB pattern: Query on the partition key plus a FilterExpression on qty
-- Keys: PK = ord_id, SK = ord_line_id
-- Hint: A FilterExpression is applied after the items are read, so the Query still consumes read capacity for every line of the order and only the returned set shrinks. That is fine for small item collections like one order's lines. If the filter is selective and frequent, model it into a sort key or a GSI instead.
SELECT ord_id, ord_line_id, prod_id, qty, item_price
FROM OrderLines
WHERE ord_id = '0001'
  AND qty > 1
ORDER BY ord_line_id;
