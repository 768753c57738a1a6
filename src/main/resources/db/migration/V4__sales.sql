-- Version 4: what the sales figures are made of (issue 17; definitions in docs/sales.md). Released: never edit;
-- add V5 instead.
--
-- * order_line.cost_minor: the cost of one unit when it was sold (NULL: the SKU had no cost). Lines saved before
--   this version get the catalogue's cost of today; they are the lines of orders up to
--   sales_basis.estimated_cost_through, one number for all of them, so the charts can say their margin is an
--   estimate without a flag on every line. The new column is added at the end of the row; on a new database
--   it costs its 1-3 bytes per line and nothing more.
-- * order_refund: each refund as it was made (money, units per line, restocked or not, time), so the summaries
--   can be rebuilt on the day each refund happened. Refunds recorded before this version are one row per order
--   (the money and units refunded so far, on the day of its last refund step).
-- * sales_basis: the shop's business day (time zone, the hour a day starts) the summaries are counted in.
-- * sales_day: per business day and channel, the money and counts (small: a row per day and channel).
-- * sales_sku: per business day and block of 4,096 SKUs, the units, revenue and cost of each SKU sold that day,
--   packed in one BLOB (SkuDayEntries: varints, about 7 bytes a SKU a day instead of about 25 as rows).
-- The summaries are filled by the app (SalesRebuild), not here: they depend on the business day.

ALTER TABLE order_line ADD COLUMN cost_minor INTEGER CHECK (cost_minor >= 0);
UPDATE order_line SET cost_minor = (SELECT s.cost_minor FROM sku s WHERE s.sku_no = order_line.sku_no)
WHERE EXISTS (SELECT 1 FROM sku s WHERE s.sku_no = order_line.sku_no AND s.cost_minor IS NOT NULL);

CREATE TABLE order_refund (
    order_no     INTEGER NOT NULL REFERENCES orders(order_no),
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    restocked    INTEGER NOT NULL CHECK (restocked IN (0, 1)),
    units        TEXT NOT NULL DEFAULT '',
    occurred_at  INTEGER NOT NULL,
    PRIMARY KEY (order_no, seq)
) WITHOUT ROWID;

INSERT INTO order_refund(order_no, seq, amount_minor, restocked, units, occurred_at)
SELECT o.order_no, 0, o.refunded_minor,
       coalesce((SELECT h.note LIKE '%; restocked%' FROM order_status_history h
                 WHERE h.order_no = o.order_no AND h.to_status IN (6, 7) ORDER BY h.seq DESC LIMIT 1), 0),
       coalesce((SELECT group_concat(l.position || ':' || l.refunded_quantity, ',') FROM order_line l
                 WHERE l.order_no = o.order_no AND l.refunded_quantity > 0), ''),
       coalesce((SELECT max(h.occurred_at) FROM order_status_history h
                 WHERE h.order_no = o.order_no AND h.to_status IN (6, 7)), o.updated_at)
FROM orders o WHERE o.status IN (6, 7);

CREATE TABLE sales_basis (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    zone                   TEXT NOT NULL DEFAULT '',
    day_start_hour         INTEGER NOT NULL DEFAULT 0 CHECK (day_start_hour BETWEEN 0 AND 23),
    estimated_cost_through INTEGER NOT NULL DEFAULT 0,
    built                  INTEGER NOT NULL DEFAULT 0 CHECK (built IN (0, 1))
);
INSERT INTO sales_basis(id, zone, day_start_hour, estimated_cost_through, built)
SELECT 1, '', 0, coalesce(max(order_no), 0), max(order_no) IS NULL FROM orders;

CREATE TABLE sales_day (
    day              INTEGER NOT NULL,
    channel          INTEGER NOT NULL CHECK (channel BETWEEN 0 AND 4),
    created          INTEGER NOT NULL DEFAULT 0,
    cancelled        INTEGER NOT NULL DEFAULT 0,
    orders           INTEGER NOT NULL DEFAULT 0,
    new_customers    INTEGER NOT NULL DEFAULT 0,
    returning_orders INTEGER NOT NULL DEFAULT 0,
    units            INTEGER NOT NULL DEFAULT 0,
    goods            INTEGER NOT NULL DEFAULT 0,
    tax              INTEGER NOT NULL DEFAULT 0,
    shipping         INTEGER NOT NULL DEFAULT 0,
    cost             INTEGER NOT NULL DEFAULT 0,
    estimated_cost   INTEGER NOT NULL DEFAULT 0,
    uncosted_goods   INTEGER NOT NULL DEFAULT 0,
    refunds          INTEGER NOT NULL DEFAULT 0,
    returned_units   INTEGER NOT NULL DEFAULT 0,
    refund_goods     INTEGER NOT NULL DEFAULT 0,
    refund_tax       INTEGER NOT NULL DEFAULT 0,
    refund_shipping  INTEGER NOT NULL DEFAULT 0,
    returned_cost    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, channel)
) WITHOUT ROWID;

-- day_block = business day × 4096 + block (SkuDayEntries.key): a rowid table, because a WITHOUT ROWID row keeps
-- at most about 1,000 bytes in its page and a day's block of entries is often longer (the rest went to an
-- overflow page of its own, half the table's pages empty: 35 MB instead of 20 at a million orders).
CREATE TABLE sales_sku (
    day_block INTEGER PRIMARY KEY,
    entries   BLOB NOT NULL
);
