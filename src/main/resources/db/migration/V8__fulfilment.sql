-- Fulfilment without the network (issue 16): SKU places for picking and customs, the waybill pool, and the
-- printer chosen per kind of document.

-- Where a SKU lies in the stockroom (the pick list walks the shelves in this order) and what customs need.
ALTER TABLE sku ADD COLUMN bin_location TEXT NOT NULL DEFAULT '';
ALTER TABLE sku ADD COLUMN hs_code TEXT NOT NULL DEFAULT '';
ALTER TABLE sku ADD COLUMN origin_country TEXT NOT NULL DEFAULT '';

-- Tracking numbers of a carrier allocated in advance. waybill_no is the order they are handed out in (import
-- order). state: 0 free, 1 used by a shipment, 2 void (a spoilt label: never handed out again, listed as void).
CREATE TABLE waybill (
    waybill_no  INTEGER PRIMARY KEY,
    carrier_no  INTEGER NOT NULL REFERENCES carrier(carrier_no),
    tracking    TEXT NOT NULL,
    state       INTEGER NOT NULL DEFAULT 0 CHECK (state BETWEEN 0 AND 2),
    imported_at INTEGER NOT NULL,
    used_at     INTEGER,
    shipment_no INTEGER REFERENCES shipment(shipment_no),
    UNIQUE (carrier_no, tracking)
);
-- The next free numbers of a carrier: only free rows, in the order they are handed out.
CREATE INDEX waybill_free ON waybill(carrier_no, waybill_no) WHERE state = 0;

-- The printer the seller chose for each kind of document (label, pick list, manifest, packing slip).
CREATE TABLE document_printer (
    kind    TEXT PRIMARY KEY,
    printer TEXT NOT NULL
) WITHOUT ROWID;
