-- Version 12: the sync engine's place in the platform's feed and the log of its runs
-- (issue 13; docs/sync.md). Released: never edit; add a new script instead.

-- One row. feed_cursor: the next_cursor of the last feed page applied (NULL: never pulled), written in the same
-- transaction as that page's changes. snapshot: a first sync or a resync after 410 in progress (JSON: the feed
-- position it started from, the kind it is at and that kind's next page token), so a crash resumes it.
-- history: the older orders still to fetch after the first sync made the desk usable (JSON page position).
-- head_at: when a pull last reached the feed's head (shown as the cursor's age; no sync decision uses it).
CREATE TABLE sync_position (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    feed_cursor TEXT,
    snapshot    TEXT,
    history     TEXT,
    head_at     INTEGER
);
INSERT INTO sync_position(id) VALUES (1);

-- The recent sync runs, for the Sync screen's log and `sync status`.
CREATE TABLE sync_run (
    run_no      INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    pushed      INTEGER NOT NULL DEFAULT 0,
    pulled      INTEGER NOT NULL DEFAULT 0,
    outcome     TEXT,
    error       TEXT
);

-- `orders create --request-id ID`: the order a script's request made, so a script that retries after a crash gets
-- the same order back instead of a second one (issue 13).
CREATE TABLE order_request (
    request_id TEXT PRIMARY KEY,
    order_id   BLOB NOT NULL CHECK (length(order_id) = 16)
) WITHOUT ROWID;

-- The first connection of a shop that already had a catalogue: a local SKU linked to the platform's SKU of the same
-- code whose counts differed. The desk's movements not tied to orders (set_aside: received, counted, damaged,
-- adjusted) were set aside by a movement that is not sent, so the desk then counts the platform's movements as they
-- are pulled plus its own orders. The seller says which count is right: the platform's (nothing more to do) or the
-- desk's (a counted adjustment of set_aside - platform_on_hand is recorded and pushed: a delta, which composes with
-- the desk's orders still on their way, where an absolute stocktake would be refused against their versions).
CREATE TABLE sync_stock_difference (
    sku_id           TEXT PRIMARY KEY,
    desk_on_hand     INTEGER NOT NULL,
    platform_on_hand INTEGER NOT NULL,
    set_aside        INTEGER NOT NULL,
    found_at         INTEGER NOT NULL
) WITHOUT ROWID;
