-- migration: foreign-keys-off
-- Test-only version 4: the rebuild of V4__rebuild_sku.sql without dropping the view that reads sku first: since
-- SQLite 3.25 the rename refuses a schema whose view reads a table that is gone.
DROP TRIGGER stock_level_counted;

CREATE TABLE new_sku (
    sku_no           INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    product_id       TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    code             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    option_values    TEXT NOT NULL DEFAULT '[]',
    barcode          TEXT,
    barcode_type     TEXT CHECK (barcode_type IN ('EAN_13', 'UPC_A', 'CODE_128', 'EAN_8')),
    currency         TEXT NOT NULL,
    price_minor      INTEGER NOT NULL CHECK (price_minor >= 0),
    compare_at_minor INTEGER CHECK (compare_at_minor >= 0),
    cost_minor       INTEGER CHECK (cost_minor >= 0),
    weight_grams     INTEGER CHECK (weight_grams >= 0),
    reorder_point    INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    platform_version INTEGER CHECK (platform_version >= 1),
    bin_location     TEXT NOT NULL DEFAULT '',
    hs_code          TEXT NOT NULL DEFAULT '',
    origin_country   TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_sku (sku_no, id, product_id, position, code, option_values, barcode, barcode_type, currency,
                     price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, platform_version,
                     bin_location, hs_code, origin_country)
    SELECT sku_no, id, product_id, position, code, option_values, barcode, barcode_type, currency,
           price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, platform_version, bin_location,
           hs_code, origin_country
      FROM sku;
-- product's trigger of V6 reads sku: dropped here, made again below.
DROP TRIGGER order_line_keeps_title;
DROP TABLE sku;
ALTER TABLE new_sku RENAME TO sku;

CREATE INDEX sku_product ON sku(product_id, position);
CREATE UNIQUE INDEX sku_barcode ON sku(barcode) WHERE barcode IS NOT NULL;
CREATE INDEX sku_price ON sku(price_minor);
CREATE TRIGGER sku_price_logged AFTER UPDATE OF price_minor ON sku
BEGIN
    INSERT INTO sku_price_log VALUES (NEW.id, OLD.price_minor, NEW.price_minor);
END;

CREATE TRIGGER stock_level_counted AFTER UPDATE OF on_hand ON stock_level
BEGIN
    INSERT INTO counted_code SELECT code FROM sku WHERE id = NEW.sku_id;
END;

-- V6's triggers that keep order lines' words: sku's own went with the old table, product's reads sku.
CREATE TRIGGER order_line_keeps_title BEFORE UPDATE OF title ON product
WHEN OLD.title IS NOT NEW.title
BEGIN
    UPDATE order_line SET title = OLD.title
    WHERE title IS NULL AND sku_no IN (SELECT sku_no FROM sku WHERE product_id = OLD.id);
END;
CREATE TRIGGER order_line_keeps_option_label BEFORE UPDATE OF option_values ON sku
WHEN OLD.option_values IS NOT NEW.option_values
BEGIN
    UPDATE order_line
    SET option_label = coalesce((SELECT group_concat(j.value, ' / ') FROM json_each(OLD.option_values) j), '')
    WHERE option_label IS NULL AND sku_no = OLD.sku_no;
END;
CREATE TRIGGER order_line_keeps_title_of_moved_sku BEFORE UPDATE OF product_id ON sku
WHEN OLD.product_id IS NOT NEW.product_id
BEGIN
    UPDATE order_line SET title = (SELECT title FROM product WHERE id = OLD.product_id)
    WHERE title IS NULL AND sku_no = OLD.sku_no;
END;
