-- Images a products CSV names by web address or file path, fetched after the import has committed
-- (docs/csv.md, "Images"). One row per product and source; a source already fetched for a product is not
-- fetched again when the same file is imported twice. Times are UTC epoch milliseconds.
CREATE TABLE product_image_fetch (
    id         TEXT PRIMARY KEY,
    product_id TEXT NOT NULL REFERENCES product(id) ON DELETE CASCADE,
    source     TEXT NOT NULL,
    position   INTEGER NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('PENDING', 'FAILED', 'DONE')),
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    image_id   TEXT,
    updated_at INTEGER NOT NULL,
    UNIQUE (product_id, source)
);
CREATE INDEX product_image_fetch_state ON product_image_fetch(state, updated_at);
