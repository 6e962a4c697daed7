-- Technique: Version items
-- DynamoDB pattern: item v000 holds the current state and a pointer to the latest version, v001..vNNN are immutable history items
-- Keys: PK = prod_id, SK = version ('v000', 'v001', ...)
-- Hint: To keep history, write every change as a new immutable item with the next version number and also overwrite the v000 item, so the current state is one GetItem(SK = 'v000') and the history is Query(SK begins_with 'v') in order. Zero-padded version numbers keep string order equal to numeric order. Here the distinct prices a product was sold at (from OrderLines, oldest first) play the role of its price history.
SELECT p.prod_id,
       'v000'                    AS version,
       p.name,
       p.list_price              AS price,
       (SELECT COUNT(DISTINCT ol.item_price) FROM OrderLines ol WHERE ol.prod_id = p.prod_id) AS latest_version,
       DATE_FORMAT(p.last_updated, '%Y-%m-%dT%H:%i:%s') AS valid_from
FROM Products p
UNION ALL
SELECT h.prod_id,
       CONCAT('v', LPAD(ROW_NUMBER() OVER (PARTITION BY h.prod_id ORDER BY h.first_sold, h.item_price), 3, '0')),
       h.name,
       h.item_price,
       NULL,
       DATE_FORMAT(h.first_sold, '%Y-%m-%dT%H:%i:%s')
FROM (SELECT ol.prod_id, p2.name, ol.item_price, MIN(o.ord_date) AS first_sold
      FROM OrderLines ol
      JOIN Orders o    ON o.ord_id   = ol.ord_id
      JOIN Products p2 ON p2.prod_id = ol.prod_id
      GROUP BY ol.prod_id, p2.name, ol.item_price) h
ORDER BY prod_id, version;
