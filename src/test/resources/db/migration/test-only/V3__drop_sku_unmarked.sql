-- Test-only version 3: a rebuild of sku without the foreign-keys-off marker. With foreign keys on, its DROP TABLE
-- would delete every stock level and movement (ON DELETE CASCADE); the migrator must refuse it before.
CREATE TABLE new_sku AS SELECT * FROM sku;
DROP TABLE sku;
ALTER TABLE new_sku RENAME TO sku;
