-- migration: foreign-keys-off
-- Test-only version 3: the wrong order of a rebuild: the old sku is renamed away first, which since SQLite 3.26
-- rewrites the references of stock_level, stock_movement and order_line to old_sku; dropping old_sku then
-- leaves them pointing at a table that does not exist.
ALTER TABLE sku RENAME TO old_sku;
CREATE TABLE sku (
    sku_no           INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    product_id       TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    code             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    option_values    TEXT NOT NULL DEFAULT '[]',
    barcode          TEXT,
    barcode_type     TEXT CHECK (barcode_type IN ('EAN_13', 'UPC_A', 'CODE_128')),
    currency         TEXT NOT NULL,
    price_minor      INTEGER NOT NULL CHECK (price_minor >= 0),
    compare_at_minor INTEGER CHECK (compare_at_minor >= 0),
    cost_minor       INTEGER CHECK (cost_minor >= 0),
    weight_grams     INTEGER CHECK (weight_grams >= 0),
    reorder_point    INTEGER NOT NULL DEFAULT 0 CHECK (reorder_point >= 0),
    platform_version INTEGER CHECK (platform_version >= 1)
);
INSERT INTO sku (sku_no, id, product_id, position, code, option_values, barcode, barcode_type, currency,
                     price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, platform_version)
    SELECT sku_no, id, product_id, position, code, option_values, barcode, barcode_type, currency,
           price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, platform_version
      FROM old_sku;
DROP TABLE old_sku;
CREATE INDEX sku_product ON sku(product_id, position);
CREATE UNIQUE INDEX sku_barcode ON sku(barcode) WHERE barcode IS NOT NULL;
CREATE INDEX sku_price ON sku(price_minor);
