-- Version 11: applying records pulled from the platform (issue 12; docs/sync.md, "Applying pulled records").
-- Released: never edit; add a new script instead.

-- A refund made elsewhere (the platform's, another desk's) keeps its platform id, so pulling it again finds it.
-- This desk's own refunds have ids derived from the order and their place (orders.OrderOutbox.refundId): NULL.
ALTER TABLE order_refund ADD COLUMN refund_id BLOB CHECK (refund_id IS NULL OR length(refund_id) = 16);
CREATE UNIQUE INDEX order_refund_platform_id ON order_refund(refund_id) WHERE refund_id IS NOT NULL;

-- A tracking event the platform reported keeps its id (the platform owns tracking events); events entered on this
-- desk have ids derived from their parcel and place (shipping.ShipmentPayloads.eventId): NULL.
ALTER TABLE tracking_event ADD COLUMN event_id BLOB CHECK (event_id IS NULL OR length(event_id) = 16);
CREATE UNIQUE INDEX tracking_event_platform_id ON tracking_event(event_id) WHERE event_id IS NOT NULL;

-- A pulled record whose parent is not here yet (a refund or parcel of an order, an adjustment of a SKU, pulled
-- before the parent's own latest change): kept as pulled and applied as soon as the parent is applied.
CREATE TABLE sync_waiting (
    kind        TEXT NOT NULL,
    id          TEXT NOT NULL,
    parent_kind TEXT NOT NULL,
    parent_id   TEXT NOT NULL,
    changed_at  INTEGER NOT NULL,
    data        TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;
CREATE INDEX sync_waiting_parent ON sync_waiting(parent_kind, parent_id);

-- The platform's stock of a SKU as last pulled: for a compare-and-set stocktake (its version) and the oversold
-- flag. It never changes the desk's own on-hand (stock_level): both sides count their movements. No foreign key:
-- a level may be pulled before its SKU.
CREATE TABLE platform_stock (
    sku_id     TEXT PRIMARY KEY,
    on_hand    INTEGER NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 0),
    oversold   INTEGER NOT NULL CHECK (oversold IN (0, 1)),
    updated_at INTEGER
) WITHOUT ROWID;

-- The other desks of the account, for showing the numbers of the orders they made.
CREATE TABLE sync_desk (
    desk_id       TEXT PRIMARY KEY,
    desk_code     TEXT NOT NULL CHECK (length(desk_code) BETWEEN 1 AND 8),
    name          TEXT NOT NULL DEFAULT '',
    registered_at INTEGER
) WITHOUT ROWID;

-- Buyers' after-sale requests on platform orders (the platform owns them; the desk answers). state: 0 open,
-- 1 accepted, 2 rejected, as the platform last said or as this desk answered (answer queued). refund_id: the
-- refund that settled it. lines: [{"line_id", "quantity"}] as pulled.
CREATE TABLE after_sale (
    id           TEXT PRIMARY KEY,
    order_id     TEXT NOT NULL,
    kind         INTEGER NOT NULL CHECK (kind IN (0, 1)),
    state        INTEGER NOT NULL CHECK (state BETWEEN 0 AND 2),
    reason       TEXT NOT NULL DEFAULT '',
    lines        TEXT NOT NULL DEFAULT '[]',
    currency     TEXT,
    amount_minor INTEGER CHECK (amount_minor >= 0),
    opened_at    INTEGER NOT NULL,
    answered_at  INTEGER,
    answer_note  TEXT NOT NULL DEFAULT '',
    refund_id    TEXT,
    version      INTEGER NOT NULL CHECK (version >= 0)
) WITHOUT ROWID;
CREATE INDEX after_sale_open ON after_sale(opened_at) WHERE state = 0;
