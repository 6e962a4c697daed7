-- Technique: JSON aggregation
-- DynamoDB pattern: one item per customer with a nested map (contact) and a list of order maps, each holding a list of line maps
-- Keys: PK = cust_id
-- Hint: When an entity and its children are always read together and stay well under 400 KB, nesting them in one item (M and L attributes) replaces a join or a multi-item Query with one GetItem. JSON_OBJECT builds maps and JSON_ARRAYAGG builds lists. A JSON result column is converted to native DynamoDB M/L/N/S/BOOL/NULL values, not stored as a string. Customers without orders get an empty list, and the element order inside the lists is not guaranteed by MySQL.
SELECT c.cust_id,
       c.name,
       JSON_OBJECT('email',  c.email,
                   'phone',  c.phone,
                   'region', c.region,
                   'state',  c.state)  AS contact,
       COALESCE((SELECT JSON_ARRAYAGG(
                          JSON_OBJECT('ord_id',   o.ord_id,
                                      'rep_id',   o.rep_id,
                                      'ord_date', DATE_FORMAT(o.ord_date, '%Y-%m-%dT%H:%i:%s'),
                                      'lines',    COALESCE((SELECT JSON_ARRAYAGG(
                                                                     JSON_OBJECT('ord_line_id', ol.ord_line_id,
                                                                                 'prod_id',     ol.prod_id,
                                                                                 'qty',         ol.qty,
                                                                                 'item_price',  ol.item_price))
                                                            FROM OrderLines ol
                                                            WHERE ol.ord_id = o.ord_id),
                                                           JSON_ARRAY())))
                 FROM Orders o
                 WHERE o.cust_id = c.cust_id),
                JSON_ARRAY())              AS orders
FROM Customers c
ORDER BY c.cust_id;
