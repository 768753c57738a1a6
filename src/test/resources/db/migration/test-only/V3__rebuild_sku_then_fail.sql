-- migration: foreign-keys-off
-- Test-only version 3: a rebuild that fails after the old sku was dropped; all of it must roll back.
CREATE TABLE new_sku AS SELECT * FROM sku;
DROP TABLE sku;
INSERT INTO table_that_does_not_exist VALUES (1);
