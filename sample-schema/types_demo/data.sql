-- types_demo data: one row per edge case. Each row is documented above its INSERT.
-- TIMESTAMP literals are interpreted in the session time zone, so pin it to UTC:
-- the stored instants are then the same whatever the loader's default time zone is.
SET time_zone = '+00:00';

DELETE FROM type_samples;
DELETE FROM no_pk_table;
DELETE FROM no_key_table;

-- Row 1: MAXIMUM value of every type.
--   integers at their max (BIGINT UNSIGNED 18446744073709551615 does not fit a Java long),
--   DECIMALs all nines (DECIMAL(65,30) = 35 + 30 nines, all 65 digits),
--   FLOAT max 3.402823466E+38, DOUBLE 9.99E+125 = largest order of magnitude DynamoDB's N accepts
--   (the DOUBLE max 1.7976931348623157E308 is in row 7 because DynamoDB cannot hold it),
--   BIT all ones, CHAR/VARCHAR/TINYTEXT/TEXT/TINYBLOB/BLOB at their full byte length,
--   MEDIUMTEXT/LONGTEXT/LONGBLOB at 66,000 bytes (item stays under 400 KB: about 330 KB in all),
--   last ENUM member, every SET member, dates/times at their max
--   (TIMESTAMP max 2038-01-19 03:14:07 UTC, TIME max 838:59:59, YEAR max 2155).
INSERT INTO type_samples VALUES (
  1,
  127, 1, 32767, 8388607, 2147483647, 9223372036854775807, 18446744073709551615, 4294967295,
  99999999.99,
  9999999999999999999999999999.9999999999,
  99999999999999999999999999999999999.999999999999999999999999999999,
  3.402823466E+38, 9.99E+125,
  b'1', b'111111111111',
  'ZZZZZZZZZZ', REPEAT('v', 255), REPEAT('t', 255), REPEAT('T', 65535), REPEAT('m', 66000), REPEAT('L', 66000),
  'large', 'a,b,c,d',
  X'FFFFFFFFFFFFFFFF', UNHEX(REPEAT('FF', 64)), UNHEX(REPEAT('AB', 255)), UNHEX(REPEAT('CD', 65535)), UNHEX(REPEAT('EF', 66000)),
  '{"max_int":18446744073709551615,"pi":3.141592653589793,"list":[1,2,3]}',
  '9999-12-31', '9999-12-31 23:59:59', '9999-12-31 23:59:59.999999',
  '2038-01-19 03:14:07', '2038-01-19 03:14:07.999999',
  '838:59:59', '838:59:59.000', 2155,
  ST_GeomFromText('POLYGON((0 0,10 0,10 10,0 10,0 0))'), ST_GeomFromText('POINT(180 90)')
);

-- Row 2: MINIMUM / negative value of every type.
--   signed integers at their min, unsigned at 0, DECIMALs all nines negative,
--   FLOAT -3.402823466E+38, DOUBLE -9.99E+125, BIT all zeros, one-character strings,
--   first ENUM member, one SET member, single zero byte in binaries,
--   dates at their min (DATE 1000-01-01, TIMESTAMP min 1970-01-01 00:00:01 UTC),
--   negative TIME min -838:59:59, YEAR min 1901, negative coordinates.
INSERT INTO type_samples VALUES (
  2,
  -128, 0, -32768, -8388608, -2147483648, -9223372036854775808, 0, 0,
  -99999999.99,
  -9999999999999999999999999999.9999999999,
  -99999999999999999999999999999999999.999999999999999999999999999999,
  -3.402823466E+38, -9.99E+125,
  b'0', b'000000000000',
  'A', 'a', 't', 'T', 'm', 'L',
  'small', 'a',
  X'00', X'00', X'00', X'00', X'00',
  '[-1,-2.5,-1e-5]',
  '1000-01-01', '1000-01-01 00:00:00', '1000-01-01 00:00:00.000000',
  '1970-01-01 00:00:01', '1970-01-01 00:00:01.000000',
  '-838:59:59', '-838:59:59.000', 1901,
  ST_GeomFromText('POLYGON((-10 -10,-1 -10,-1 -1,-10 -1,-10 -10))'), ST_GeomFromText('POINT(-180 -90)')
);

-- Row 3: ALL NULLs (except id). Every attribute must be omitted (or written as NULL by option).
INSERT INTO type_samples (id) VALUES (3);

-- Row 4: ZERO / EMPTY values: numeric 0, '' in every string, EMPTY SET (attribute omitted),
--   empty binaries (BINARY(8) X'' reads back as 8 zero bytes because BINARY pads with 0x00),
--   empty JSON object, epoch-ish dates, TIME 00:00:00, YEAR 0 (stored and shown as 0000),
--   first ENUM member (strict mode rejects '' for an ENUM without an '' member).
INSERT INTO type_samples VALUES (
  4,
  0, 0, 0, 0, 0, 0, 0, 0,
  0.00, 0, 0,
  0, 0,
  b'0', b'0',
  '', '', '', '', '', '',
  'small', '',
  X'', X'', X'', X'', X'',
  '{}',
  '1970-01-01', '1970-01-01 00:00:00', '1970-01-01 00:00:00.000000',
  '1970-01-01 00:00:01', '1970-01-01 00:00:01.000000',
  '00:00:00', '00:00:00.000', 0,
  ST_GeomFromText('POINT(0 0)'), ST_GeomFromText('POINT(0 0)')
);

-- Row 5: STRING ESCAPING and UNICODE.
--   4-byte UTF-8 (emoji U+1F600, musical symbol G clef U+1D11E), several scripts,
--   single and double quotes, backslash, newline and tab inside strings,
--   BLOB with zero bytes (X'00FF00'), nested JSON with null/true and an escaped quote,
--   leap-day DATETIME(6) with microseconds, negative TIME with and without fraction,
--   BIT(12) pattern b'101010101010' (bytes 0x0A 0xAA), a POINT inside GEOMETRY.
--   FLOAT/DOUBLE 0.1: shortest round-trip text must be "0.1" for both (not 0.10000000149011612).
INSERT INTO type_samples VALUES (
  5,
  42, 1, 1234, 123456, 1234567, 1234567890123, 1234567890123, 1234567,
  1234.56, 3.1415926536, 2.718281828459045235360287471352,
  0.1, 0.1,
  b'1', b'101010101010',
  '😀𝄞', 'It''s a "quote", a back\\slash, a new\nline and a\ttab',
  'Grüße 😀', 'Ünïcödé: 日本語, Ελληνικά, עברית, Русский, 𝄞 and 😀',
  'line 1\nline 2\n\ttabbed line 3\n', '{"not":"json, just text with \\"quotes\\""}',
  'medium', 'b,d',
  X'00FF00', X'00FF00', X'00FF00', X'00FF00', X'00FF0000FF00',
  '{"a":[1,2.5,{"b":null,"c":true}],"s":"x\\"y","u":"😀"}',
  '2024-02-29', '2024-02-29 13:45:30', '2024-02-29 13:45:30.123456',
  '2024-02-29 13:45:30', '2024-02-29 13:45:30.654321',
  '-01:02:03', '-01:02:03.500', 2024,
  ST_GeomFromText('POINT(1 2)'), ST_GeomFromText('POINT(1.5 -2.25)')
);

-- Row 6: PRECISION and boundaries just past Java's signed types.
--   DECIMAL(65,30) with 65 distinct digits, DECIMAL(38,10) with 38 distinct digits (fits N exactly),
--   BIGINT UNSIGNED 9223372036854775808 (Long.MAX_VALUE + 1), INT UNSIGNED 2147483648 (Integer.MAX_VALUE + 1),
--   FLOAT min normal 1.175494351E-38, DOUBLE 1E-130 (smallest positive DynamoDB N),
--   DATETIME(6) with a single microsecond, TIMESTAMP(6) .000001, TIME(3) -00:00:00.250 (negative below one second),
--   LINESTRING in GEOMETRY.
INSERT INTO type_samples VALUES (
  6,
  -1, 1, -1, -1, -1, -1, 9223372036854775808, 2147483648,
  -0.01,
  1234567890123456789012345678.0123456789,
  12345678901234567890123456789012345.123456789012345678901234567890,
  1.175494351E-38, 1E-130,
  b'0', b'000000000001',
  'abc', 'trailing spaces kept in VARCHAR   ', 'x', 'y', 'z', 'w',
  'large', 'a,c',
  X'0102030405060708', X'DEADBEEF', X'01', X'0203', X'040506',
  '[{"k":"v"},[],{},0.30000000000000004,-0.0]',
  '2000-02-29', '1999-12-31 23:59:59', '2024-01-01 00:00:00.000001',
  '2000-01-01 00:00:00', '2024-01-01 00:00:00.000001',
  '12:34:56', '-00:00:00.250', 2000,
  ST_GeomFromText('LINESTRING(0 0,1 1,2 0)'), ST_GeomFromText('POINT(0.000001 -0.000001)')
);

-- Row 7: DOUBLE MAX 1.7976931348623157E308 (and -max not needed): valid in MySQL/MariaDB but beyond
--   DynamoDB's N range (max 9.99...E+125). The item must go to the rejects file with its key and reason,
--   never be dropped silently.
INSERT INTO type_samples (id, c_double) VALUES (7, 1.7976931348623157E308);

-- Row 8: DOUBLE min normal 2.2250738585072014E-308: valid in MySQL/MariaDB but below
--   DynamoDB's smallest positive N (1E-130). Also a reject.
INSERT INTO type_samples (id, c_double) VALUES (8, 2.2250738585072014E-308);

-- Row 9: ZERO DATES ('0000-00-00', '0000-00-00 00:00:00'): the attribute must be omitted and a warning counted.
--   MySQL 8's default sql_mode (NO_ZERO_DATE + strict) rejects them, so relax sql_mode for this one
--   statement and restore it afterwards.
SET @lsql_saved_sql_mode = @@SESSION.sql_mode;
SET SESSION sql_mode = '';
INSERT INTO type_samples (id, c_date, c_datetime, c_datetime6, c_timestamp, c_timestamp6, c_varchar255)
  VALUES (9, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00.000000',
          '0000-00-00 00:00:00', '0000-00-00 00:00:00.000000', 'zero dates');
SET SESSION sql_mode = @lsql_saved_sql_mode;

-- no_pk_table: key must be chosen from the UNIQUE NOT NULL column "code".
--   alt_code is UNIQUE but NULL in one row (NULL-able unique: not a valid key).
INSERT INTO no_pk_table (code, alt_code, label, qty) VALUES
  ('A-001', 'x1', 'first',  10),
  ('A-002', NULL, 'second', 20),
  ('B-001', 'x3', 'third',  NULL);

-- no_key_table: no key at all, rows 1 and 2 are exact duplicates
--   (a naive key choice overwrites one of them silently).
INSERT INTO no_key_table (category, label, amount) VALUES
  ('red',  'same',  1.50),
  ('red',  'same',  1.50),
  ('blue', 'other', 2.25);
