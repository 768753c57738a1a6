-- Test-only version 2 that fails half-way: the first statement works, the second cannot.
ALTER TABLE product ADD COLUMN supplier TEXT NOT NULL DEFAULT '';
UPDATE product SET supplier = 'unknown';
INSERT INTO table_that_does_not_exist VALUES (1);
