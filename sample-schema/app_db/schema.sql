-- app_db schema: the five tables of the "LSQL: Relational Migration to DynamoDB" workshop.
-- Runs on MariaDB 10.11/11.4 and MySQL 8. The loader creates the database and runs this file inside it.
-- Re-runnable: tables are dropped child-first so foreign keys never block the drop.

DROP TABLE IF EXISTS OrderLines;
DROP TABLE IF EXISTS Orders;
DROP TABLE IF EXISTS Reps;
DROP TABLE IF EXISTS Products;
DROP TABLE IF EXISTS Customers;

CREATE TABLE Customers (
  cust_id       VARCHAR(20) NOT NULL,
  name          VARCHAR(20) NOT NULL,
  email         VARCHAR(50) NOT NULL,
  phone         VARCHAR(30) NULL,
  region        VARCHAR(30) NOT NULL,
  state         VARCHAR(30) NULL,
  credit_rating INT         NOT NULL,
  last_updated  DATETIME    NOT NULL,
  PRIMARY KEY (cust_id),
  KEY idx_email (email),
  KEY idx_region (region)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Products (
  prod_id      VARCHAR(20) NOT NULL,
  name         VARCHAR(20) NOT NULL,
  category     VARCHAR(20) NOT NULL,
  list_price   INT         NOT NULL,
  last_updated DATETIME    NOT NULL,
  PRIMARY KEY (prod_id),
  KEY idx_category (category, last_updated)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Reps (
  rep_id       VARCHAR(20) NOT NULL,
  rep_name     VARCHAR(20) NOT NULL,
  last_updated DATETIME    NOT NULL,
  PRIMARY KEY (rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE Orders (
  ord_id       VARCHAR(20) NOT NULL,
  cust_id      VARCHAR(20) NOT NULL,
  rep_id       VARCHAR(20) NULL,
  ord_date     DATETIME    NOT NULL,
  ship_date    DATETIME    NOT NULL,
  last_updated DATETIME    NOT NULL,
  PRIMARY KEY (ord_id),
  KEY idx_rep (rep_id),
  CONSTRAINT cust_FK FOREIGN KEY (cust_id) REFERENCES Customers (cust_id),
  CONSTRAINT rep_FK  FOREIGN KEY (rep_id)  REFERENCES Reps (rep_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE OrderLines (
  ord_id       VARCHAR(20) NOT NULL,
  ord_line_id  VARCHAR(20) NOT NULL,
  prod_id      VARCHAR(20) NOT NULL,
  qty          INT         NOT NULL,
  item_price   INT         NOT NULL,
  last_updated DATETIME    NOT NULL,
  PRIMARY KEY (ord_id, ord_line_id),
  KEY idx_prod_price (prod_id, item_price),
  CONSTRAINT ord_FK  FOREIGN KEY (ord_id)  REFERENCES Orders (ord_id),
  CONSTRAINT prod_FK FOREIGN KEY (prod_id) REFERENCES Products (prod_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
