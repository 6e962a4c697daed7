-- app_db data: deterministic sample rows (fixed literal datetimes, no NOW()).
-- 10 customers, 14 products, 6 reps, 10 orders, 20 order lines.
-- Deleted child-first so the file can be re-run on a populated database.

DELETE FROM OrderLines;
DELETE FROM Orders;
DELETE FROM Reps;
DELETE FROM Products;
DELETE FROM Customers;

-- Customers: phone is NULL for 0003 and 0008, '' (empty string) for 0002, 0005, 0007 and 0010.
-- state is NULL for the customers outside the US (0004, 0006, 0009).
-- 0006 has an apostrophe in the name (string escaping).
INSERT INTO Customers (cust_id, name, email, phone, region, state, credit_rating, last_updated) VALUES
  ('0001', 'Alice Martin',  'alice@example.com',  '+1 206-555-0101', 'West',   'WA',  750, '2024-01-05 09:00:00'),
  ('0002', 'Bruno Silva',   'bruno@example.com',  '',                'East',   'NY',  680, '2024-01-06 10:15:00'),
  ('0003', 'Chen Wei',      'chen@example.com',   NULL,              'West',   'CA',  820, '2024-01-07 11:30:00'),
  ('0004', 'Daria Novak',   'daria@example.com',  '+44 20 7946 0958','Europe', NULL,  700, '2024-01-08 12:45:00'),
  ('0005', 'Emeka Obi',     'emeka@example.com',  '',                'South',  'TX',  640, '2024-01-09 08:20:00'),
  ('0006', 'Fiona O''Brien','fiona@example.com',  '+353 1 555 0199', 'Europe', NULL,  790, '2024-01-10 14:05:00'),
  ('0007', 'Gita Rao',      'gita@example.com',   '',                'Central','IL',  710, '2024-01-11 16:40:00'),
  ('0008', 'Hugo Lefevre',  'hugo@example.com',   NULL,              'East',   'MA',  600, '2024-01-12 07:55:00'),
  ('0009', 'Ines Costa',    'ines@example.com',   '+55 11 5555 0123','LatAm',  NULL,  730, '2024-01-13 13:10:00'),
  ('0010', 'Jack Brown',    'jack@example.com',   '',                'South',  'FL',  660, '2024-01-14 18:25:00');

-- Products: 14 items in 5 categories (Street 3, Snow 3, Air 3, Sea 3, Lake 2).
-- last_updated varies inside each category so idx_category(category, last_updated) ranges are meaningful.
INSERT INTO Products (prod_id, name, category, list_price, last_updated) VALUES
  ('0001', 'Car',        'Street', 25000, '2023-11-01 10:00:00'),
  ('0002', 'Scooter',    'Street',   450, '2023-12-15 10:00:00'),
  ('0003', 'Bicycle',    'Street',   900, '2024-02-01 10:00:00'),
  ('0004', 'Skis',       'Snow',     600, '2023-10-20 10:00:00'),
  ('0005', 'Snowboard',  'Snow',     500, '2024-01-10 10:00:00'),
  ('0006', 'Sled',       'Snow',     120, '2024-03-05 10:00:00'),
  ('0007', 'Glider',     'Air',    40000, '2023-09-01 10:00:00'),
  ('0008', 'Balloon',    'Air',    18000, '2023-12-01 10:00:00'),
  ('0009', 'Drone',      'Air',     1200, '2024-02-20 10:00:00'),
  ('0010', 'Sailboat',   'Sea',    30000, '2023-08-15 10:00:00'),
  ('0011', 'Jet Ski',    'Sea',    11000, '2024-01-25 10:00:00'),
  ('0012', 'Yacht',      'Sea',    95000, '2024-03-15 10:00:00'),
  ('0013', 'Canoe',      'Lake',    1500, '2023-07-01 10:00:00'),
  ('0014', 'Kayak',      'Lake',     800, '2024-02-10 10:00:00');

-- Reps: six sales representatives.
INSERT INTO Reps (rep_id, rep_name, last_updated) VALUES
  ('SAM', 'Sam Taylor',   '2023-06-01 09:00:00'),
  ('PAT', 'Pat Morgan',   '2023-06-02 09:00:00'),
  ('ANA', 'Ana Lopez',    '2023-06-03 09:00:00'),
  ('LEA', 'Lea Fischer',  '2023-06-04 09:00:00'),
  ('BOB', 'Bob Kowalski', '2023-06-05 09:00:00'),
  ('ZOE', 'Zoe Adams',    '2023-06-06 09:00:00');

-- Orders: every order has a rep, ship_date is exactly ord_date + 2 days.
-- Customer 0001 has three orders and 0003 has two (item collections with several members),
-- customers 0007, 0008 and 0010 have none.
INSERT INTO Orders (ord_id, cust_id, rep_id, ord_date, ship_date, last_updated) VALUES
  ('0001', '0001', 'SAM', '2024-03-01 10:00:00', '2024-03-03 10:00:00', '2024-03-03 10:00:00'),
  ('0002', '0002', 'PAT', '2024-03-02 11:30:00', '2024-03-04 11:30:00', '2024-03-04 11:30:00'),
  ('0003', '0001', 'ANA', '2024-03-05 09:15:00', '2024-03-07 09:15:00', '2024-03-07 09:15:00'),
  ('0004', '0003', 'LEA', '2024-03-08 14:00:00', '2024-03-10 14:00:00', '2024-03-10 14:00:00'),
  ('0005', '0004', 'BOB', '2024-03-10 16:45:00', '2024-03-12 16:45:00', '2024-03-12 16:45:00'),
  ('0006', '0005', 'ZOE', '2024-03-12 08:05:00', '2024-03-14 08:05:00', '2024-03-14 08:05:00'),
  ('0007', '0001', 'SAM', '2024-03-15 12:00:00', '2024-03-17 12:00:00', '2024-03-17 12:00:00'),
  ('0008', '0006', 'PAT', '2024-03-18 17:20:00', '2024-03-20 17:20:00', '2024-03-20 17:20:00'),
  ('0009', '0003', 'ANA', '2024-03-22 10:40:00', '2024-03-24 10:40:00', '2024-03-24 10:40:00'),
  ('0010', '0009', 'SAM', '2024-03-25 15:30:00', '2024-03-27 15:30:00', '2024-03-27 15:30:00');

-- OrderLines: orders 0001..0005 x lines 0001..0004 (20 rows).
-- item_price is sometimes below list_price (discounts) so idx_prod_price has distinct values.
INSERT INTO OrderLines (ord_id, ord_line_id, prod_id, qty, item_price, last_updated) VALUES
  ('0001', '0001', '0001',  1, 24000, '2024-03-01 10:00:00'),
  ('0001', '0002', '0005',  2,   500, '2024-03-01 10:00:00'),
  ('0001', '0003', '0009',  1,  1100, '2024-03-01 10:00:00'),
  ('0001', '0004', '0014',  3,   800, '2024-03-01 10:00:00'),
  ('0002', '0001', '0002',  4,   450, '2024-03-02 11:30:00'),
  ('0002', '0002', '0006',  2,   120, '2024-03-02 11:30:00'),
  ('0002', '0003', '0013',  1,  1400, '2024-03-02 11:30:00'),
  ('0002', '0004', '0005',  1,   480, '2024-03-02 11:30:00'),
  ('0003', '0001', '0003',  2,   900, '2024-03-05 09:15:00'),
  ('0003', '0002', '0004',  2,   600, '2024-03-05 09:15:00'),
  ('0003', '0003', '0011',  1, 10500, '2024-03-05 09:15:00'),
  ('0003', '0004', '0009',  2,  1200, '2024-03-05 09:15:00'),
  ('0004', '0001', '0012',  1, 90000, '2024-03-08 14:00:00'),
  ('0004', '0002', '0010',  1, 29000, '2024-03-08 14:00:00'),
  ('0004', '0003', '0014',  2,   750, '2024-03-08 14:00:00'),
  ('0004', '0004', '0002',  1,   450, '2024-03-08 14:00:00'),
  ('0005', '0001', '0007',  1, 38000, '2024-03-10 16:45:00'),
  ('0005', '0002', '0008',  1, 18000, '2024-03-10 16:45:00'),
  ('0005', '0003', '0004',  1,   550, '2024-03-10 16:45:00'),
  ('0005', '0004', '0001',  1, 25000, '2024-03-10 16:45:00');
