-- migration: foreign-keys-off
-- Test-only version 4 (after the released V3): rebuilds orders to change a CHECK (a new status code 8, say
-- ON_HOLD), as a later release will: order lines and status history refer to orders(order_no), and order_no is
-- the rowid of order_search, so every column is copied as it is. The five indexes of orders are made again
-- after the rename.
CREATE TABLE new_orders (
    order_no             INTEGER PRIMARY KEY,
    id                   BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    number               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel              INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
    status               INTEGER NOT NULL CHECK (status BETWEEN 0 AND 8),
    customer_no          INTEGER REFERENCES customer(customer_no),
    customer_name        TEXT NOT NULL DEFAULT '',
    customer_phone       TEXT NOT NULL DEFAULT '',
    shipping_address     TEXT NOT NULL DEFAULT '{}',
    currency             TEXT NOT NULL,
    subtotal_minor       INTEGER NOT NULL,
    order_discount_minor INTEGER NOT NULL DEFAULT 0 CHECK (order_discount_minor >= 0),
    shipping_fee_minor   INTEGER NOT NULL DEFAULT 0 CHECK (shipping_fee_minor >= 0),
    tax_rate_bp          INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax_minor            INTEGER NOT NULL DEFAULT 0,
    total_minor          INTEGER NOT NULL CHECK (total_minor >= 0),
    refunded_minor       INTEGER NOT NULL DEFAULT 0 CHECK (refunded_minor BETWEEN 0 AND total_minor),
    line_count           INTEGER NOT NULL,
    item_count           INTEGER NOT NULL,
    payment_method       INTEGER NOT NULL CHECK (payment_method BETWEEN 0 AND 5),
    payment_state        INTEGER NOT NULL CHECK (payment_state BETWEEN 0 AND 3),
    memo                 TEXT NOT NULL DEFAULT '',
    memo_flag            INTEGER NOT NULL DEFAULT 0 CHECK (memo_flag BETWEEN 0 AND 6),
    oversold             INTEGER NOT NULL DEFAULT 0 CHECK (oversold IN (0, 1)),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    paid_at              INTEGER,
    platform_version     INTEGER CHECK (platform_version >= 1),
    desk_code            TEXT CHECK (desk_code IS NULL OR length(desk_code) BETWEEN 1 AND 8)
);
INSERT INTO new_orders (
        order_no, id, number, channel, status, customer_no, customer_name, customer_phone, shipping_address,
        currency, subtotal_minor, order_discount_minor, shipping_fee_minor, tax_rate_bp, tax_minor, total_minor,
        refunded_minor, line_count, item_count, payment_method, payment_state, memo, memo_flag, oversold, created_at,
        updated_at, paid_at, platform_version, desk_code)
    SELECT
        order_no, id, number, channel, status, customer_no, customer_name, customer_phone, shipping_address,
        currency, subtotal_minor, order_discount_minor, shipping_fee_minor, tax_rate_bp, tax_minor, total_minor,
        refunded_minor, line_count, item_count, payment_method, payment_state, memo, memo_flag, oversold, created_at,
        updated_at, paid_at, platform_version, desk_code
      FROM orders;
DROP TABLE orders;
ALTER TABLE new_orders RENAME TO orders;

CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_status_created ON orders(status, created_at);
CREATE INDEX orders_channel_created ON orders(channel, created_at);
CREATE INDEX orders_status_channel_created ON orders(status, channel, created_at);
CREATE INDEX orders_customer ON orders(customer_no, created_at) WHERE customer_no IS NOT NULL;
-- Schema V5's cockpit index on orders (the drop took it).
CREATE INDEX orders_to_ship ON orders(upper(coalesce(shipping_address ->> '$[7]', '')), paid_at)
    WHERE status IN (1, 2) AND shipping_address <> '{}';
