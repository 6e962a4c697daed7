-- types_demo schema: one column per MySQL/MariaDB type family, for type-mapping tests,
-- plus two key-less tables for primary-key selection tests.
-- Runs on MariaDB 10.11/11.4 and MySQL 8. The loader creates the database and runs this file inside it.
-- Every data column is NULL-able so one row can be all NULLs.
-- TIMESTAMP columns are declared "NULL DEFAULT NULL" so neither server adds
-- ON UPDATE CURRENT_TIMESTAMP / NOT NULL behaviour (explicit_defaults_for_timestamp differs).

DROP TABLE IF EXISTS type_samples;
DROP TABLE IF EXISTS no_pk_table;
DROP TABLE IF EXISTS no_key_table;

CREATE TABLE type_samples (
  id                 INT NOT NULL,
  -- integers
  c_tinyint          TINYINT NULL,
  c_bool             BOOLEAN NULL,                -- alias of TINYINT(1)
  c_smallint         SMALLINT NULL,
  c_mediumint        MEDIUMINT NULL,
  c_int              INT NULL,
  c_bigint           BIGINT NULL,
  c_bigint_unsigned  BIGINT UNSIGNED NULL,
  c_int_unsigned     INT UNSIGNED NULL,
  -- exact decimals
  c_decimal_10_2     DECIMAL(10,2) NULL,
  c_decimal_38_10    DECIMAL(38,10) NULL,
  c_decimal_65_30    DECIMAL(65,30) NULL,         -- precision > 38: maps to S
  -- floating point
  c_float            FLOAT NULL,
  c_double           DOUBLE NULL,
  -- bits
  c_bit1             BIT(1) NULL,                 -- maps to BOOL
  c_bit12            BIT(12) NULL,                -- maps to B (2 bytes)
  -- character strings
  c_char10           CHAR(10) NULL,
  c_varchar255       VARCHAR(255) NULL,
  c_tinytext         TINYTEXT NULL,
  c_text             TEXT NULL,
  c_mediumtext       MEDIUMTEXT NULL,
  c_longtext         LONGTEXT NULL,
  c_enum             ENUM('small','medium','large') NULL,
  c_set              SET('a','b','c','d') NULL,
  -- binary strings
  c_binary8          BINARY(8) NULL,              -- right-padded with 0x00 to 8 bytes
  c_varbinary64      VARBINARY(64) NULL,
  c_tinyblob         TINYBLOB NULL,
  c_blob             BLOB NULL,
  c_longblob         LONGBLOB NULL,
  -- documents
  c_json             JSON NULL,                   -- MariaDB: LONGTEXT + CHECK (json_valid(...))
  -- temporal
  c_date             DATE NULL,
  c_datetime         DATETIME NULL,
  c_datetime6        DATETIME(6) NULL,
  c_timestamp        TIMESTAMP NULL DEFAULT NULL,
  c_timestamp6       TIMESTAMP(6) NULL DEFAULT NULL,
  c_time             TIME NULL,
  c_time3            TIME(3) NULL,
  c_year             YEAR NULL,
  -- spatial
  c_geometry         GEOMETRY NULL,
  c_point            POINT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- No PRIMARY KEY, but a UNIQUE NOT NULL column (code) that can serve as the key.
-- alt_code is UNIQUE but NULL-able, so it must NOT be chosen as a key.
-- Note: information_schema.COLUMNS.COLUMN_KEY reports 'PRI' for code on both servers,
-- because InnoDB promotes the first UNIQUE NOT NULL index to the clustered key.
CREATE TABLE no_pk_table (
  code     VARCHAR(20) NOT NULL,
  alt_code VARCHAR(20) NULL,
  label    VARCHAR(50) NULL,
  qty      INT NULL,
  UNIQUE KEY uq_code (code),
  UNIQUE KEY uq_alt_code (alt_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- No PRIMARY KEY and no UNIQUE index at all (only a non-unique index):
-- a key has to be synthesized or chosen by the user. Two of its rows are exact duplicates.
CREATE TABLE no_key_table (
  category VARCHAR(20) NOT NULL,
  label    VARCHAR(50) NULL,
  amount   DECIMAL(10,2) NULL,
  KEY idx_category (category)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
