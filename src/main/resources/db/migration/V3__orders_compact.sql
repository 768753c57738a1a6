-- migration: foreign-keys-off
-- Version 3: the order tables in about half the disk (issue 9; figures in docs/benchmarks.md, "Orders on disk").
-- Released: never edit; add V4 instead. The first line asks the Migrator to run this script with foreign keys
-- off, as SQLite's table rebuild wants; the script also works with them on (new tables are made under new
-- names and filled, the old ones dropped children first, then the new ones renamed into place: the old tables
-- are never renamed away).
--
-- What changes:
-- * order_line is keyed by (order_no, position), WITHOUT ROWID: no line UUID and no unique index for it (an
--   order's id and a line's position name a line), and the SKU by its integer key sku_no instead of its UUID.
-- * orders point at their customer by customer_no (the integer key) instead of the customer's UUID, and keep
--   their own UUID as 16 bytes (BLOB) instead of 36 characters, in the row and in its unique index.
-- * order_status_history is keyed by (order_no, seq), WITHOUT ROWID: the table is its own index; seq counts
--   the order's steps from 0.
-- * order_search keeps no copy of its text (contentless, rows deletable: SQLite 3.43+); its words are made
--   again from the order when a row changes. One prefix index, of one character (prefix = '1'): at a million
--   orders the index takes 178 MB with it, 310 MB with prefixes of 1 to 3 characters as before and 124 MB with
--   none; without it a one-letter search read every word of that letter (1.3-1.9 s at p95).
-- * status, channel, payment method and state, memo flag are stored as codes (OrderCodes), in orders and in
--   the history; the CHECK constraints keep them to the known codes:
--     status          0 PENDING_PAYMENT, 1 PAID, 2 PACKED, 3 SHIPPED, 4 DELIVERED, 5 CANCELLED,
--                     6 PARTIALLY_REFUNDED, 7 REFUNDED
--     channel         0 PLATFORM, 1 PHONE, 2 STALL, 3 WHOLESALE, 4 OTHER
--     payment_method  0 CASH, 1 CARD, 2 BANK_TRANSFER, 3 MOBILE_WALLET, 4 PLATFORM, 5 OTHER
--     payment_state   0 UNPAID, 1 PAID, 2 PARTIALLY_REFUNDED, 3 REFUNDED
--     memo_flag       0 NONE, 1 RED, 2 ORANGE, 3 YELLOW, 4 GREEN, 5 BLUE, 6 PURPLE
-- * addresses are JSON arrays of their eight parts (AddressJson) instead of objects with the part names.

CREATE TABLE orders_v3 (
    order_no             INTEGER PRIMARY KEY,
    id                   BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    number               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    channel              INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
    status               INTEGER NOT NULL CHECK (status BETWEEN 0 AND 7),
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
    paid_at              INTEGER
);

CREATE TABLE order_line_v3 (
    order_no          INTEGER NOT NULL REFERENCES orders_v3(order_no),
    position          INTEGER NOT NULL CHECK (position >= 0),
    sku_no            INTEGER NOT NULL REFERENCES sku(sku_no),
    sku_code          TEXT NOT NULL,
    title             TEXT NOT NULL,
    option_label      TEXT NOT NULL DEFAULT '',
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    discount_minor    INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    refunded_quantity INTEGER NOT NULL DEFAULT 0 CHECK (refunded_quantity BETWEEN 0 AND quantity),
    PRIMARY KEY (order_no, position)
) WITHOUT ROWID;

CREATE TABLE order_status_history_v3 (
    order_no    INTEGER NOT NULL REFERENCES orders_v3(order_no),
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    from_status INTEGER CHECK (from_status BETWEEN 0 AND 7),
    to_status   INTEGER NOT NULL CHECK (to_status BETWEEN 0 AND 7),
    actor       TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    occurred_at INTEGER NOT NULL,
    PRIMARY KEY (order_no, seq)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE order_search_v3 USING fts5(
    terms,
    facets,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-_./'",
    prefix = '1'
);

INSERT INTO orders_v3(order_no, id, number, channel, status, customer_no, customer_name, customer_phone,
                      shipping_address, currency, subtotal_minor, order_discount_minor, shipping_fee_minor, tax_rate_bp,
                      tax_minor, total_minor, refunded_minor, line_count, item_count, payment_method, payment_state,
                      memo, memo_flag, oversold, created_at, updated_at, paid_at)
SELECT o.order_no, unhex(replace(o.id, '-', '')), o.number,
       CASE o.channel WHEN 'PLATFORM' THEN 0 WHEN 'PHONE' THEN 1 WHEN 'STALL' THEN 2 WHEN 'WHOLESALE' THEN 3
                      WHEN 'OTHER' THEN 4 END,
       CASE o.status WHEN 'PENDING_PAYMENT' THEN 0 WHEN 'PAID' THEN 1 WHEN 'PACKED' THEN 2 WHEN 'SHIPPED' THEN 3
                     WHEN 'DELIVERED' THEN 4 WHEN 'CANCELLED' THEN 5 WHEN 'PARTIALLY_REFUNDED' THEN 6
                     WHEN 'REFUNDED' THEN 7 END,
       c.customer_no, o.customer_name, o.customer_phone,
       CASE WHEN o.shipping_address IN ('', '{}') THEN '{}'
            ELSE json_array(coalesce(json_extract(o.shipping_address, '$.recipient'), ''),
                            coalesce(json_extract(o.shipping_address, '$.phone'), ''),
                            coalesce(json_extract(o.shipping_address, '$.line1'), ''),
                            coalesce(json_extract(o.shipping_address, '$.line2'), ''),
                            coalesce(json_extract(o.shipping_address, '$.city'), ''),
                            coalesce(json_extract(o.shipping_address, '$.region'), ''),
                            coalesce(json_extract(o.shipping_address, '$.postalCode'), ''),
                            coalesce(json_extract(o.shipping_address, '$.country'), '')) END,
       o.currency, o.subtotal_minor, o.order_discount_minor, o.shipping_fee_minor, o.tax_rate_bp,
       o.tax_minor, o.total_minor, o.refunded_minor, o.line_count, o.item_count,
       CASE o.payment_method WHEN 'CASH' THEN 0 WHEN 'CARD' THEN 1 WHEN 'BANK_TRANSFER' THEN 2
                             WHEN 'MOBILE_WALLET' THEN 3 WHEN 'PLATFORM' THEN 4 WHEN 'OTHER' THEN 5 END,
       CASE o.payment_state WHEN 'UNPAID' THEN 0 WHEN 'PAID' THEN 1 WHEN 'PARTIALLY_REFUNDED' THEN 2
                            WHEN 'REFUNDED' THEN 3 END,
       o.memo,
       CASE o.memo_flag WHEN 'NONE' THEN 0 WHEN 'RED' THEN 1 WHEN 'ORANGE' THEN 2 WHEN 'YELLOW' THEN 3
                        WHEN 'GREEN' THEN 4 WHEN 'BLUE' THEN 5 WHEN 'PURPLE' THEN 6 END,
       o.oversold, o.created_at, o.updated_at, o.paid_at
FROM orders o LEFT JOIN customer c ON c.id = o.customer_id
ORDER BY o.order_no;

INSERT INTO order_line_v3(order_no, position, sku_no, sku_code, title, option_label, unit_price_minor, quantity,
                          discount_minor, refunded_quantity)
SELECT l.order_no, l.position, s.sku_no, l.sku_code, l.title, l.option_label, l.unit_price_minor, l.quantity,
       l.discount_minor, l.refunded_quantity
FROM order_line l JOIN sku s ON s.id = l.sku_id
ORDER BY l.order_no, l.position;

INSERT INTO order_status_history_v3(order_no, seq, from_status, to_status, actor, note, occurred_at)
SELECT order_no, row_number() OVER (PARTITION BY order_no ORDER BY seq) - 1,
       CASE from_status WHEN 'PENDING_PAYMENT' THEN 0 WHEN 'PAID' THEN 1 WHEN 'PACKED' THEN 2 WHEN 'SHIPPED' THEN 3
                        WHEN 'DELIVERED' THEN 4 WHEN 'CANCELLED' THEN 5 WHEN 'PARTIALLY_REFUNDED' THEN 6
                        WHEN 'REFUNDED' THEN 7 END,
       CASE to_status WHEN 'PENDING_PAYMENT' THEN 0 WHEN 'PAID' THEN 1 WHEN 'PACKED' THEN 2 WHEN 'SHIPPED' THEN 3
                      WHEN 'DELIVERED' THEN 4 WHEN 'CANCELLED' THEN 5 WHEN 'PARTIALLY_REFUNDED' THEN 6
                      WHEN 'REFUNDED' THEN 7 END,
       actor, note, occurred_at
FROM order_status_history
ORDER BY order_no, seq;

UPDATE customer SET address = json_array(coalesce(json_extract(address, '$.recipient'), ''),
                                         coalesce(json_extract(address, '$.phone'), ''),
                                         coalesce(json_extract(address, '$.line1'), ''),
                                         coalesce(json_extract(address, '$.line2'), ''),
                                         coalesce(json_extract(address, '$.city'), ''),
                                         coalesce(json_extract(address, '$.region'), ''),
                                         coalesce(json_extract(address, '$.postalCode'), ''),
                                         coalesce(json_extract(address, '$.country'), ''))
WHERE address NOT IN ('', '{}') AND json_type(address) = 'object';

INSERT INTO order_search_v3(rowid, terms, facets)
SELECT rowid, terms, facets FROM order_search ORDER BY rowid;

-- The history needs no index of its own any more: its key (order_no, seq) is the table's order.
DROP INDEX order_status_history_order;
DROP TABLE order_search;
DROP TABLE order_status_history;
DROP TABLE order_line;
DROP TABLE orders;

ALTER TABLE orders_v3 RENAME TO orders;
ALTER TABLE order_line_v3 RENAME TO order_line;
ALTER TABLE order_status_history_v3 RENAME TO order_status_history;
ALTER TABLE order_search_v3 RENAME TO order_search;

-- The list's first page: newest first, optionally narrowed by status or channel and a date range; the last
-- index also answers the page's total for status AND channel from the index alone (no table rows read).
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_status_created ON orders(status, created_at);
CREATE INDEX orders_channel_created ON orders(channel, created_at);
CREATE INDEX orders_status_channel_created ON orders(status, channel, created_at);
CREATE INDEX orders_customer ON orders(customer_no, created_at) WHERE customer_no IS NOT NULL;
-- The lines of a SKU: open orders' units for the availability shown in order entry, and the foreign key's
-- check when a SKU is deleted (without it, a scan of every line).
CREATE INDEX order_line_sku ON order_line(sku_no);
