-- migration: foreign-keys-off
-- Test-only version 3: rebuilds orders to change a CHECK (a new status ON_HOLD), as a later release will: order
-- lines and status history refer to orders(order_no), and order_no is the rowid of order_search, so every column
-- is copied as it is. The five indexes of orders are made again after the rename.
CREATE TABLE new_orders (
    order_no             INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    number               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel              TEXT NOT NULL CHECK (channel IN ('PLATFORM', 'PHONE', 'STALL', 'WHOLESALE', 'OTHER')),
    status               TEXT NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'PACKED', 'SHIPPED', 'DELIVERED',
                                                         'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED', 'ON_HOLD')),
    customer_id          TEXT REFERENCES customer(id),
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
    payment_method       TEXT NOT NULL,
    payment_state        TEXT NOT NULL CHECK (payment_state IN ('UNPAID', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')),
    memo                 TEXT NOT NULL DEFAULT '',
    memo_flag            TEXT NOT NULL DEFAULT 'NONE',
    oversold             INTEGER NOT NULL DEFAULT 0 CHECK (oversold IN (0, 1)),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    paid_at              INTEGER
);
INSERT INTO new_orders (
        order_no, id, number, channel, status, customer_id, customer_name, customer_phone, shipping_address,
        currency, subtotal_minor, order_discount_minor, shipping_fee_minor, tax_rate_bp, tax_minor, total_minor,
        refunded_minor, line_count, item_count, payment_method, payment_state, memo, memo_flag, oversold, created_at,
        updated_at, paid_at)
    SELECT
        order_no, id, number, channel, status, customer_id, customer_name, customer_phone, shipping_address,
        currency, subtotal_minor, order_discount_minor, shipping_fee_minor, tax_rate_bp, tax_minor, total_minor,
        refunded_minor, line_count, item_count, payment_method, payment_state, memo, memo_flag, oversold, created_at,
        updated_at, paid_at
      FROM orders;
DROP TABLE orders;
ALTER TABLE new_orders RENAME TO orders;

CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_status_created ON orders(status, created_at);
CREATE INDEX orders_channel_created ON orders(channel, created_at);
CREATE INDEX orders_status_channel_created ON orders(status, channel, created_at);
CREATE INDEX orders_customer ON orders(customer_id, created_at) WHERE customer_id IS NOT NULL;
