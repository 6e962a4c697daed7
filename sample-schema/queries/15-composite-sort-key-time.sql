-- Technique: Composite sort key
-- DynamoDB pattern: time-ordered sort key ord_date#ord_id per customer, queried by date range
-- Keys: PK = cust_id, SK = date_key ('2024-03-05T09:15:00#0003')
-- Hint: Putting an ISO-8601 timestamp first in the sort key orders a customer's orders chronologically, so Query(PK = '0001', SK BETWEEN '2024-03-01' AND '2024-03-10~') or begins_with('2024-03') returns a time window and ScanIndexForward=false returns the newest first. Appending ord_id keeps two orders at the same second unique. This query shows the range for customer 0001 in the first ten days of March 2024.
SELECT cust_id,
       CONCAT(DATE_FORMAT(ord_date, '%Y-%m-%dT%H:%i:%s'), '#', ord_id) AS date_key,
       ord_id, rep_id, ord_date, ship_date
FROM Orders
WHERE cust_id = '0001'
  AND ord_date >= '2024-03-01 00:00:00'
  AND ord_date <  '2024-03-11 00:00:00'
ORDER BY date_key;
