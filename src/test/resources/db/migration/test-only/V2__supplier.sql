-- Test-only version 2: a new column filled for existing rows, a new table and a trigger.
ALTER TABLE product ADD COLUMN supplier TEXT NOT NULL DEFAULT '';
UPDATE product SET supplier = 'unknown';

CREATE TABLE supplier (
    name TEXT PRIMARY KEY,
    changes INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER product_supplier_changed AFTER UPDATE OF supplier ON product
BEGIN
    INSERT OR IGNORE INTO supplier(name) VALUES (NEW.supplier);
    UPDATE supplier SET changes = changes + 1 WHERE name = NEW.supplier;
END;
