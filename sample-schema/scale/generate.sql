-- Scale generator for app_db, run by `lsql sample load --scale N [--seed S]`.
-- Set-based: every table is filled by one INSERT ... SELECT over a numbers table, so a million
-- order lines take seconds, not a million round trips. Deterministic: every "random" choice is
-- CRC32 of the seed and the row number. Placeholders: ${CUSTOMERS} ${ORDERS} ${LINES} ${PRODUCTS}
-- ${SEED} ${WIDTH} (zero-padded id width, so string order = numeric order).
-- Proportions: 5 orders per customer, 4 lines per order, 1 product per 50 customers (at least 14).

SET SESSION foreign_key_checks = 0;
SET SESSION unique_checks = 0;

DELETE FROM OrderLines;
DELETE FROM Orders;
DELETE FROM Customers;
DELETE FROM Products;
DELETE FROM Reps;

DROP TABLE IF EXISTS lsql_digits;
DROP TABLE IF EXISTS lsql_seq;
CREATE TABLE lsql_digits (d INT NOT NULL PRIMARY KEY);
INSERT INTO lsql_digits VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9);
-- 0 .. 99,999: two of these cross-joined address up to ten billion rows
CREATE TABLE lsql_seq (n INT NOT NULL PRIMARY KEY);
INSERT INTO lsql_seq (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
FROM lsql_digits a, lsql_digits b, lsql_digits c, lsql_digits e, lsql_digits f;

INSERT INTO Reps (rep_id, rep_name, last_updated) VALUES
  ('SAM', 'Sam', '2024-01-01 09:00:00'), ('PAT', 'Pat', '2024-01-01 09:00:00'),
  ('ANA', 'Ana', '2024-01-01 09:00:00'), ('LEA', 'Lea', '2024-01-01 09:00:00'),
  ('BOB', 'Bob', '2024-01-01 09:00:00'), ('ZOE', 'Zoe', '2024-01-01 09:00:00');

INSERT INTO Products (prod_id, name, category, list_price, last_updated)
SELECT LPAD(s.n + 1, ${WIDTH}, '0'),
       CONCAT('Product ', s.n + 1),
       ELT(1 + s.n % 5, 'Street', 'Snow', 'Air', 'Sea', 'Lake'),
       10 + CRC32(CONCAT(${SEED}, 'p', s.n)) % 990,
       '2024-01-01 09:00:00'
FROM lsql_seq s WHERE s.n < ${PRODUCTS};

INSERT INTO Customers (cust_id, name, email, phone, region, state, credit_rating, last_updated)
SELECT LPAD(n + 1, ${WIDTH}, '0'),
       CONCAT('Customer ', n + 1),
       CONCAT('customer', n + 1, '@example.com'),
       CASE CRC32(CONCAT(${SEED}, 'ph', n)) % 10 WHEN 0 THEN NULL WHEN 1 THEN '' ELSE CONCAT('555-', LPAD(n % 10000, 4, '0')) END,
       ELT(1 + CRC32(CONCAT(${SEED}, 'r', n)) % 4, 'North America', 'Europe', 'Asia Pacific', 'South America'),
       CASE WHEN n % 7 = 0 THEN NULL ELSE ELT(1 + n % 5, 'WA', 'CA', 'NY', 'TX', 'OR') END,
       300 + CRC32(CONCAT(${SEED}, 'c', n)) % 550,
       '2024-01-01 09:00:00'
FROM (SELECT hi.n * 100000 + lo.n AS n FROM lsql_seq hi, lsql_seq lo
      WHERE hi.n <= ${CUSTOMERS} DIV 100000 AND hi.n * 100000 + lo.n < ${CUSTOMERS}) g;

INSERT INTO Orders (ord_id, cust_id, rep_id, ord_date, ship_date, last_updated)
SELECT LPAD(n + 1, ${WIDTH}, '0'),
       LPAD(n DIV 5 + 1, ${WIDTH}, '0'),
       ELT(1 + CRC32(CONCAT(${SEED}, 'rep', n)) % 6, 'SAM', 'PAT', 'ANA', 'LEA', 'BOB', 'ZOE'),
       TIMESTAMPADD(SECOND, CRC32(CONCAT(${SEED}, 'd', n)) % 126230400, '2020-01-01 00:00:00'),
       TIMESTAMPADD(SECOND, CRC32(CONCAT(${SEED}, 'd', n)) % 126230400 + 172800, '2020-01-01 00:00:00'),
       '2024-01-01 09:00:00'
FROM (SELECT hi.n * 100000 + lo.n AS n FROM lsql_seq hi, lsql_seq lo
      WHERE hi.n <= ${ORDERS} DIV 100000 AND hi.n * 100000 + lo.n < ${ORDERS}) g;

INSERT INTO OrderLines (ord_id, ord_line_id, prod_id, qty, item_price, last_updated)
SELECT LPAD(n DIV 4 + 1, ${WIDTH}, '0'),
       LPAD(n % 4 + 1, 4, '0'),
       LPAD(1 + CRC32(CONCAT(${SEED}, 'lp', n)) % ${PRODUCTS}, ${WIDTH}, '0'),
       1 + CRC32(CONCAT(${SEED}, 'q', n)) % 9,
       10 + CRC32(CONCAT(${SEED}, 'ip', n)) % 990,
       '2024-01-01 09:00:00'
FROM (SELECT hi.n * 100000 + lo.n AS n FROM lsql_seq hi, lsql_seq lo
      WHERE hi.n <= ${LINES} DIV 100000 AND hi.n * 100000 + lo.n < ${LINES}) g;

DROP TABLE lsql_seq;
DROP TABLE lsql_digits;
SET SESSION unique_checks = 1;
SET SESSION foreign_key_checks = 1;
