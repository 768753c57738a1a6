-- migration: foreign-keys-off
-- Test-only version 3: a rebuild of sku that forgets to make its index sku_price again.
CREATE TABLE new_sku (
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
    bin_location     TEXT NOT NULL DEFAULT '',
    hs_code          TEXT NOT NULL DEFAULT '',
    origin_country   TEXT NOT NULL DEFAULT ''
);
INSERT INTO new_sku (sku_no, id, product_id, position, code, option_values, barcode, barcode_type, currency,
                     price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, bin_location, hs_code,
                     origin_country)
    SELECT sku_no, id, product_id, position, code, option_values, barcode, barcode_type, currency,
           price_minor, compare_at_minor, cost_minor, weight_grams, reorder_point, bin_location, hs_code, origin_country
      FROM sku;
DROP TABLE sku;
ALTER TABLE new_sku RENAME TO sku;
CREATE INDEX sku_product ON sku(product_id, position);
CREATE UNIQUE INDEX sku_barcode ON sku(barcode) WHERE barcode IS NOT NULL;
