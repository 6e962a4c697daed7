-- app_db views: each one shows a relational-to-DynamoDB data-modeling technique.
-- A view's result can be migrated like a table: pick its key columns and import it.
-- Runs on MariaDB 10.11/11.4 and MySQL 8 (CREATE OR REPLACE VIEW is re-runnable,
-- the DROPs below also clear views left over from older versions of this file).

DROP VIEW IF EXISTS vCustOrders;
DROP VIEW IF EXISTS vOrderLinesDenormalized;
DROP VIEW IF EXISTS vSingleTable;
DROP VIEW IF EXISTS vProductsDecorated;
DROP VIEW IF EXISTS vOrdersWithLinesJson;
DROP VIEW IF EXISTS vCustomersSparseVip;
DROP VIEW IF EXISTS vProductCustomerEdges;

-- vCustOrders (the workshop's view): Customers JOIN Orders JOIN Reps.
-- Item collection "customer -> orders": PK = cust_id, SK = ord_id.
-- One row per order, customers without orders do not appear.
CREATE OR REPLACE VIEW vCustOrders AS
SELECT c.cust_id, o.ord_id, c.name, c.email, c.region, c.state,
       r.rep_id, o.ord_date, o.ship_date
FROM Customers c
JOIN Orders o ON o.cust_id = c.cust_id
JOIN Reps r   ON r.rep_id  = o.rep_id;

-- vOrderLinesDenormalized (S8): a four-table JOIN (OrderLines, Orders, Customers, Products)
-- flattened into ONE item per order line, so a single GetItem/Query answers
-- "show the line with its customer and product" without joins.
-- Key: PK = ord_id, SK = ord_line_id (both NOT NULL, unique together).
CREATE OR REPLACE VIEW vOrderLinesDenormalized AS
SELECT ol.ord_id, ol.ord_line_id,
       o.ord_date, o.ship_date, o.rep_id,
       c.cust_id, c.name AS cust_name, c.email, c.region, c.state,
       p.prod_id, p.name AS prod_name, p.category,
       ol.qty, ol.item_price, ol.qty * ol.item_price AS line_total,
       ol.last_updated
FROM OrderLines ol
JOIN Orders o    ON o.ord_id  = ol.ord_id
JOIN Customers c ON c.cust_id = o.cust_id
JOIN Products p  ON p.prod_id = ol.prod_id;

-- vSingleTable (S9): single-table design. Customers, Orders and OrderLines are stacked with
-- UNION ALL into generic key columns:
--   customer profile  PK = 'CUST#0001'  SK = 'PROFILE'
--   order             PK = 'CUST#0001'  SK = 'ORD#0003'      (Query PK = CUST#... returns profile + orders)
--   order line        PK = 'ORD#0001'   SK = 'LINE#0002'     (Query PK = ORD#... returns the lines)
-- GSI1PK/GSI1SK are OVERLOADED: orders index by rep ('REP#SAM', ord_date), lines by product
-- ('PROD#0009', 'ORD#0001#LINE#0003'), customers leave them NULL so the GSI stays sparse.
-- entity_type tells the item kinds apart. Attributes a kind does not have are NULL (omitted).
CREATE OR REPLACE VIEW vSingleTable AS
SELECT CONCAT('CUST#', c.cust_id)   AS PK,
       'PROFILE'                    AS SK,
       'Customer'                   AS entity_type,
       CAST(NULL AS CHAR(40))       AS GSI1PK,
       CAST(NULL AS CHAR(60))       AS GSI1SK,
       c.name                       AS name,
       c.email                      AS email,
       c.region                     AS region,
       CAST(NULL AS DATETIME)       AS ord_date,
       CAST(NULL AS CHAR(20))       AS prod_id,
       CAST(NULL AS SIGNED)         AS qty,
       CAST(NULL AS SIGNED)         AS item_price,
       c.last_updated               AS last_updated
FROM Customers c
UNION ALL
SELECT CONCAT('CUST#', o.cust_id),
       CONCAT('ORD#', o.ord_id),
       'Order',
       CONCAT('REP#', o.rep_id),
       DATE_FORMAT(o.ord_date, '%Y-%m-%dT%H:%i:%s'),
       NULL, NULL, NULL,
       o.ord_date,
       NULL, NULL, NULL,
       o.last_updated
FROM Orders o
UNION ALL
SELECT CONCAT('ORD#', ol.ord_id),
       CONCAT('LINE#', ol.ord_line_id),
       'OrderLine',
       CONCAT('PROD#', ol.prod_id),
       CONCAT('ORD#', ol.ord_id, '#LINE#', ol.ord_line_id),
       NULL, NULL, NULL,
       NULL,
       ol.prod_id, ol.qty, ol.item_price,
       ol.last_updated
FROM OrderLines ol;

-- vProductsDecorated (S7): decorated keys. Prefixing a key with its entity name ('prod#0001')
-- keeps ids of different kinds apart in a shared table, and 'category#name' ('Snow#Sled')
-- is a composite sort key that supports begins_with('Snow#') queries.
-- Key: PK = prod_key, SK = category_name.
CREATE OR REPLACE VIEW vProductsDecorated AS
SELECT CONCAT('prod#', p.prod_id)         AS prod_key,
       CONCAT(p.category, '#', p.name)    AS category_name,
       p.prod_id, p.name, p.category, p.list_price, p.last_updated
FROM Products p;

-- vOrdersWithLinesJson: JSON aggregation. One row per order, its lines are nested into a
-- list of maps (JSON_ARRAYAGG of JSON_OBJECT), which becomes a DynamoDB L of M attribute,
-- so the whole order is read with one GetItem. Dates are formatted as ISO-8601 text
-- because the two servers print DATETIME inside JSON differently.
-- Only orders that have lines appear (0001..0005). The lines are in ord_line_id order.
-- Key: PK = ord_id.
CREATE OR REPLACE VIEW vOrdersWithLinesJson AS
SELECT o.ord_id, o.cust_id, o.rep_id,
       DATE_FORMAT(o.ord_date, '%Y-%m-%dT%H:%i:%s') AS ord_date,
       COUNT(*)                                     AS line_count,
       SUM(ol.qty * ol.item_price)                  AS order_total,
       -- GROUP_CONCAT ... ORDER BY keeps the lines in line order on every read (JSON_ARRAYAGG has no
       -- ORDER BY in MySQL 8, and an unordered list would differ between two reads of the view)
       JSON_EXTRACT(CONCAT('[', GROUP_CONCAT(JSON_OBJECT('ord_line_id', ol.ord_line_id,
                                                         'prod_id',     ol.prod_id,
                                                         'qty',         ol.qty,
                                                         'item_price',  ol.item_price)
                                             ORDER BY ol.ord_line_id SEPARATOR ','), ']'), '$') AS order_lines
FROM Orders o
JOIN OrderLines ol ON ol.ord_id = o.ord_id
GROUP BY o.ord_id, o.cust_id, o.rep_id, o.ord_date;

-- vCustomersSparseVip (S6): sparse attribute for a sparse GSI. vip_since is set only for
-- customers with credit_rating >= 700 and is NULL (attribute omitted) otherwise, so a GSI
-- keyed on vip_since holds only the VIP customers (0001, 0007).
-- Key: PK = cust_id, GSI: PK = vip_tier, SK = vip_since.
CREATE OR REPLACE VIEW vCustomersSparseVip AS
SELECT c.cust_id, c.name, c.email, c.region, c.credit_rating,
       CASE WHEN c.credit_rating >= 700 THEN 'VIP' ELSE NULL END AS vip_tier,
       CASE WHEN c.credit_rating >= 700
            THEN DATE_FORMAT(c.last_updated, '%Y-%m-%dT%H:%i:%s')
            ELSE NULL END                                        AS vip_since,
       c.last_updated
FROM Customers c;

-- vProductCustomerEdges: adjacency list for the many-to-many "products <-> customers"
-- relationship (through OrderLines). One item per distinct (product, customer) edge:
--   PK = 'PROD#0005', SK = 'CUST#0002'  -> Query by product lists its buyers,
-- a GSI with the keys inverted (PK = SK, SK = PK) lists the products a customer bought.
CREATE OR REPLACE VIEW vProductCustomerEdges AS
SELECT CONCAT('PROD#', ol.prod_id) AS PK,
       CONCAT('CUST#', o.cust_id)  AS SK,
       ol.prod_id, o.cust_id,
       COUNT(*)                    AS times_ordered,
       SUM(ol.qty)                 AS total_qty,
       MAX(o.ord_date)             AS last_ord_date
FROM OrderLines ol
JOIN Orders o ON o.ord_id = ol.ord_id
GROUP BY ol.prod_id, o.cust_id;
