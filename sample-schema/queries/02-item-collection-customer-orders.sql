-- Technique: Item collection
-- DynamoDB pattern: Query on the partition key returns every order of one customer
-- Keys: PK = cust_id, SK = ord_id
-- Hint: The workshop's vCustOrders view joins Customers, Orders and Reps into one row per order, repeating the customer's attributes on each order. With cust_id as partition key and ord_id as sort key, Query(PK = '0001') returns the customer's three orders in one request. A customer without orders has no items in this collection.
SELECT cust_id, ord_id, name, email, region, state, rep_id, ord_date, ship_date
FROM vCustOrders
WHERE cust_id = '0001'
ORDER BY ord_id;
