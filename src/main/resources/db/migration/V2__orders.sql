-- Version 2: customers, orders, order lines, status history, order numbers, order search.
-- Released: never edit; add V3 instead. Times are UTC epoch milliseconds; money is minor units of `currency`.

-- customer_no is the stable integer key the search index points at.
CREATE TABLE customer (
    customer_no  INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    phone_digits TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '{}',
    note         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX customer_name ON customer(name COLLATE NOCASE);
CREATE INDEX customer_phone_digits ON customer(phone_digits) WHERE phone_digits <> '';

-- Words of name, phone (whole, parts, digits only) and email; rowid = customer.customer_no.
CREATE VIRTUAL TABLE customer_search USING fts5(
    terms,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-_./'",
    prefix = '1 2 3'
);

-- order_no is the integer key of lines, history and the search index; id is the client-made UUID (v7).
CREATE TABLE orders (
    order_no             INTEGER PRIMARY KEY,
    id                   TEXT NOT NULL UNIQUE,
    number               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel              TEXT NOT NULL CHECK (channel IN ('PLATFORM', 'PHONE', 'STALL', 'WHOLESALE', 'OTHER')),
    status               TEXT NOT NULL CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'PACKED', 'SHIPPED', 'DELIVERED',
                                                         'CANCELLED', 'PARTIALLY_REFUNDED', 'REFUNDED')),
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
-- The list's first page: newest first, optionally narrowed by status or channel and a date range; the last
-- index also answers the page's total for status AND channel from the index alone (no table rows read).
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_status_created ON orders(status, created_at);
CREATE INDEX orders_channel_created ON orders(channel, created_at);
CREATE INDEX orders_status_channel_created ON orders(status, channel, created_at);
CREATE INDEX orders_customer ON orders(customer_id, created_at) WHERE customer_id IS NOT NULL;

-- Title, options and price as they were when ordered. The SKU cannot be deleted once it has sold
-- (its SOLD movements keep it), so the reference holds.
CREATE TABLE order_line (
    line_no           INTEGER PRIMARY KEY,
    id                TEXT NOT NULL UNIQUE,
    order_no          INTEGER NOT NULL REFERENCES orders(order_no),
    position          INTEGER NOT NULL,
    sku_id            TEXT NOT NULL REFERENCES sku(id),
    sku_code          TEXT NOT NULL,
    title             TEXT NOT NULL,
    option_label      TEXT NOT NULL DEFAULT '',
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    discount_minor    INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    refunded_quantity INTEGER NOT NULL DEFAULT 0 CHECK (refunded_quantity BETWEEN 0 AND quantity),
    UNIQUE (order_no, position)
);
CREATE INDEX order_line_sku ON order_line(sku_id);

-- Who moved the order where and when; from_status is NULL for the creation step.
CREATE TABLE order_status_history (
    seq         INTEGER PRIMARY KEY,
    order_no    INTEGER NOT NULL REFERENCES orders(order_no),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    actor       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    occurred_at INTEGER NOT NULL
);
CREATE INDEX order_status_history_order ON order_status_history(order_no, seq);

-- The last human order number handed out per year (D-2026-000123 is year 2026, value 123).
CREATE TABLE order_number (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL CHECK (last >= 0)
);

-- rowid = orders.order_no. terms: words of the order number, customer name and phone, and the SKU codes on the
-- order. facets: the status and channel as tokens (s_paid c_phone), so text with a status or channel filter is
-- counted by the index alone; the seller's words are matched against terms only.
CREATE VIRTUAL TABLE order_search USING fts5(
    terms,
    facets,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-_./'",
    prefix = '1 2 3'
);
