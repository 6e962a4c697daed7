-- app_db data: the exact rows of the AWS workshop "LSQL: Relational Migration to DynamoDB"
-- (its seeded generators in aws-samples/aws-dynamodb-examples, workshops/relational-migration/load/jobs),
-- so every query of the workshop gives the result its instructions show, e.g. Customers by idx_region
-- North = 0003, 0006, 0007; Products by idx_category Street = 7; vCustOrders = 10 rows.
-- 10 customers, 14 products, 6 reps, 10 orders, 20 order lines. Deleted child-first so the file can be
-- re-run on a populated database.

DELETE FROM OrderLines;
DELETE FROM Orders;
DELETE FROM Reps;
DELETE FROM Products;
DELETE FROM Customers;

-- Customers: phone is NULL for 0005 and 0010 and '' (empty string) for 0001, 0006, 0007, 0009: NULL and '' stay apart.
INSERT INTO Customers (cust_id, name, email, phone, region, state, credit_rating, last_updated) VALUES
  ('0001', 'Zeus Transport', 'user1@rvqs.com', '', 'West', 'Washington', 730, '2024-05-12 00:00:00'),
  ('0002', 'MaxiTaxi', 'user1@zxhq.com', '800-410-6900', 'South', 'Florida', 570, '2024-01-09 00:00:00'),
  ('0003', 'Metro Motors', 'user1@zooh.com', '800-927-4300', 'North', 'Wisconsin', 540, '2024-03-28 00:00:00'),
  ('0004', 'Drive Thru', 'user1@hmvb.com', '800-268-1100', 'East', 'New York', 520, '2024-01-30 00:00:00'),
  ('0005', 'Let it Ride', 'user1@zlcm.com', NULL, 'South', 'Florida', 530, '2023-07-26 00:00:00'),
  ('0006', 'Fast Cars', 'user1@lgvf.com', '', 'North', 'Wisconsin', 660, '2023-07-10 00:00:00'),
  ('0007', 'Grab a Cab', 'user1@cnnf.com', '', 'North', 'Minnesota', 750, '2024-01-26 00:00:00'),
  ('0008', 'Van Hailing', 'user1@rrhb.com', '800-204-2500', 'East', 'New York', 550, '2023-11-21 00:00:00'),
  ('0009', 'Shadowfax', 'user1@berk.com', '', 'East', 'New York', 670, '2023-12-04 00:00:00'),
  ('0010', 'Auto Seat', 'user1@bamg.com', NULL, 'South', 'Texas', 580, '2023-10-20 00:00:00');

-- Products: 14 items, categories Street 7, Snow 2, Air 2, Sea 1, Lake 2.
INSERT INTO Products (prod_id, name, category, list_price, last_updated) VALUES
  ('0001', 'Bicycle', 'Street', 5199, '2025-01-10 00:00:00'),
  ('0002', 'Car', 'Street', 2199, '2024-12-16 00:00:00'),
  ('0003', 'Truck', 'Street', 499, '2024-12-05 00:00:00'),
  ('0004', 'Motorcycle', 'Street', 6899, '2024-12-25 00:00:00'),
  ('0005', 'Moped', 'Street', 1499, '2025-01-10 00:00:00'),
  ('0006', 'Scooter', 'Street', 7499, '2024-12-24 00:00:00'),
  ('0007', 'Skateboard', 'Street', 999, '2025-01-29 00:00:00'),
  ('0008', 'Snowboard', 'Snow', 5299, '2025-02-13 00:00:00'),
  ('0009', 'Sled', 'Snow', 6199, '2024-12-03 00:00:00'),
  ('0010', 'Helicopter', 'Air', 5899, '2025-02-12 00:00:00'),
  ('0011', 'Drone', 'Air', 2599, '2024-12-02 00:00:00'),
  ('0012', 'Jet Ski', 'Sea', 1099, '2024-12-12 00:00:00'),
  ('0013', 'Kayak', 'Lake', 2099, '2024-11-26 00:00:00'),
  ('0014', 'Canoe', 'Lake', 1299, '2025-01-15 00:00:00');

-- Reps: six sales representatives.
INSERT INTO Reps (rep_id, rep_name, last_updated) VALUES
  ('SAM', 'SAM DAVIS', '2023-09-03 00:00:00'),
  ('PAT', 'PAT SMITH', '2024-06-05 00:00:00'),
  ('ANA', 'ANA PATEL', '2023-11-15 00:00:00'),
  ('LEA', 'LEA LEE', '2023-10-18 00:00:00'),
  ('BOB', 'BOB ORTIZ', '2023-08-31 00:00:00'),
  ('ZOE', 'ZOE BROWN', '2024-06-14 00:00:00');

-- Orders: every order has a rep.
INSERT INTO Orders (ord_id, cust_id, rep_id, ord_date, ship_date, last_updated) VALUES
  ('0001', '0007', 'BOB', '2023-10-31 00:00:00', '2023-11-02 00:00:00', '2023-11-03 00:00:00'),
  ('0002', '0004', 'BOB', '2023-10-24 00:00:00', '2023-10-26 00:00:00', '2023-10-27 00:00:00'),
  ('0003', '0002', 'PAT', '2023-08-23 00:00:00', '2023-08-25 00:00:00', '2023-08-26 00:00:00'),
  ('0004', '0004', 'ZOE', '2023-09-30 00:00:00', '2023-10-02 00:00:00', '2023-10-03 00:00:00'),
  ('0005', '0007', 'PAT', '2023-08-09 00:00:00', '2023-08-11 00:00:00', '2023-08-12 00:00:00'),
  ('0006', '0004', 'ANA', '2024-05-01 00:00:00', '2024-05-03 00:00:00', '2024-05-04 00:00:00'),
  ('0007', '0001', 'BOB', '2024-04-07 00:00:00', '2024-04-09 00:00:00', '2024-04-10 00:00:00'),
  ('0008', '0006', 'SAM', '2023-06-29 00:00:00', '2023-07-01 00:00:00', '2023-07-02 00:00:00'),
  ('0009', '0004', 'LEA', '2023-08-19 00:00:00', '2023-08-21 00:00:00', '2023-08-22 00:00:00'),
  ('0010', '0006', 'BOB', '2023-07-20 00:00:00', '2023-07-22 00:00:00', '2023-07-23 00:00:00');

-- OrderLines: 20 rows.
INSERT INTO OrderLines (ord_id, ord_line_id, prod_id, qty, item_price, last_updated) VALUES
  ('0001', '0001', '0008', 6, 3800, '2023-08-13 00:00:00'),
  ('0001', '0002', '0003', 1, 4700, '2024-03-18 00:00:00'),
  ('0001', '0003', '0009', 2, 4600, '2023-10-28 00:00:00'),
  ('0001', '0004', '0009', 1, 5200, '2023-08-11 00:00:00'),
  ('0002', '0001', '0003', 8, 5800, '2023-06-27 00:00:00'),
  ('0002', '0002', '0003', 4, 1000, '2024-03-27 00:00:00'),
  ('0002', '0003', '0002', 9, 1200, '2024-04-15 00:00:00'),
  ('0002', '0004', '0012', 2, 4100, '2023-12-08 00:00:00'),
  ('0003', '0001', '0004', 4, 5700, '2023-07-12 00:00:00'),
  ('0003', '0002', '0002', 4, 5400, '2024-02-06 00:00:00'),
  ('0003', '0003', '0005', 1, 2900, '2023-12-30 00:00:00'),
  ('0003', '0004', '0012', 7, 1100, '2024-06-19 00:00:00'),
  ('0004', '0001', '0007', 3, 700, '2023-10-14 00:00:00'),
  ('0004', '0002', '0004', 2, 400, '2023-11-17 00:00:00'),
  ('0004', '0003', '0002', 4, 2900, '2023-08-30 00:00:00'),
  ('0004', '0004', '0006', 2, 2100, '2024-06-17 00:00:00'),
  ('0005', '0001', '0009', 9, 1400, '2024-06-13 00:00:00'),
  ('0005', '0002', '0010', 9, 2900, '2023-10-11 00:00:00'),
  ('0005', '0003', '0007', 7, 2800, '2024-05-17 00:00:00'),
  ('0005', '0004', '0011', 3, 2600, '2024-05-05 00:00:00');
