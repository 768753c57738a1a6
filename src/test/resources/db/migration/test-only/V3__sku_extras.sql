-- Test-only version 3: a trigger on sku, a trigger on another table that reads sku, and a view that reads sku,
-- so that a later rebuild of sku has all three kinds of dependent objects to keep.
CREATE TABLE sku_price_log (
    sku_id    TEXT NOT NULL,
    old_minor INTEGER NOT NULL,
    new_minor INTEGER NOT NULL
);
CREATE TRIGGER sku_price_logged AFTER UPDATE OF price_minor ON sku
BEGIN
    INSERT INTO sku_price_log VALUES (NEW.id, OLD.price_minor, NEW.price_minor);
END;

CREATE TABLE counted_code (code TEXT NOT NULL);
CREATE TRIGGER stock_level_counted AFTER UPDATE OF on_hand ON stock_level
BEGIN
    INSERT INTO counted_code SELECT code FROM sku WHERE id = NEW.sku_id;
END;

CREATE VIEW sku_on_hand AS
    SELECT s.code, l.on_hand FROM sku s JOIN stock_level l ON l.sku_id = s.id;
