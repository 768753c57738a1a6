-- migration: foreign-keys-off
-- Version 6: order lines without a copy of the catalogue's words (issue 9, part 3: the bench data set within
-- 1.2 GB with room for the platform identities; figures in docs/benchmarks.md, "The database within its budget").
-- Released: never edit; add V7 instead. The first line asks the Migrator to run this script with foreign keys off,
-- as SQLite's table rebuild wants (the new table is made under a new name and filled, the old one dropped, the new
-- one renamed into place).
--
-- What changes:
-- * order_line.title and order_line.option_label are NULL while they equal what the catalogue says now: the title
--   of the SKU's product and the SKU's option values joined by ' / ' (catalog.Sku.optionLabel). A line reads them
--   with coalesce() from its SKU (orders.OrderLineWords); a line saved with other words (a platform's title) keeps
--   them. At a million orders the two copies took about 100 MB of the 251 MB the lines took.
-- * Before the catalogue changes one of these words, the triggers below write the old words into the lines that
--   had none, so an order keeps the words it was sold with however the catalogue changes later, whichever code
--   path changes it (the product form, a CSV import, a sync).
-- * customer_search keeps no copy of its words (contentless, rows deletable, like order_search since V3): nothing
--   reads them back; the app writes them again from the customer when a customer changes. About 9 MB.
-- * For sync (issue 12, docs/sync.md; in this rebuild so that the lines are rebuilt once): sku_no becomes
--   optional. A pulled line whose SKU the desk does not know keeps the platform's SKU reference in unmapped_sku
--   ("needs mapping": no stock moves until the seller maps it, then once); a platform line with no SKU at all (a
--   fee) has neither, and keeps its title. platform_line_id: the platform's id of a line made elsewhere (a desk's
--   own lines have ids derived from the order's UUID and their position).
-- The SKU code stays in every line: the product form and the CSV import park codes (' ' || id) while they move them
-- between a product's SKUs, so a trigger could not tell a rename from a parking.

CREATE TABLE order_line_v6 (
    order_no          INTEGER NOT NULL REFERENCES orders(order_no),
    position          INTEGER NOT NULL CHECK (position >= 0),
    sku_no            INTEGER REFERENCES sku(sku_no),
    sku_code          TEXT NOT NULL,
    title             TEXT,
    option_label      TEXT,
    unit_price_minor  INTEGER NOT NULL CHECK (unit_price_minor >= 0),
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    discount_minor    INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0),
    refunded_quantity INTEGER NOT NULL DEFAULT 0 CHECK (refunded_quantity BETWEEN 0 AND quantity),
    cost_minor        INTEGER CHECK (cost_minor >= 0),
    unmapped_sku      TEXT CHECK (unmapped_sku IS NULL OR sku_no IS NULL),
    platform_line_id  BLOB CHECK (platform_line_id IS NULL OR length(platform_line_id) = 16),
    PRIMARY KEY (order_no, position)
) WITHOUT ROWID;

INSERT INTO order_line_v6(order_no, position, sku_no, sku_code, title, option_label, unit_price_minor, quantity,
                          discount_minor, refunded_quantity, cost_minor)
SELECT l.order_no, l.position, l.sku_no, l.sku_code, nullif(l.title, p.title),
       nullif(l.option_label, coalesce((SELECT group_concat(j.value, ' / ') FROM json_each(s.option_values) j), '')),
       l.unit_price_minor, l.quantity, l.discount_minor, l.refunded_quantity, l.cost_minor
FROM order_line l JOIN sku s ON s.sku_no = l.sku_no JOIN product p ON p.id = s.product_id
ORDER BY l.order_no, l.position;

DROP TABLE order_line;
ALTER TABLE order_line_v6 RENAME TO order_line;

-- The lines of a SKU: open orders' units for the availability shown in order entry, the foreign key's check when a
-- SKU is deleted, and the triggers below.
CREATE INDEX order_line_sku ON order_line(sku_no);
CREATE UNIQUE INDEX order_line_platform_id ON order_line(platform_line_id) WHERE platform_line_id IS NOT NULL;
CREATE INDEX order_line_unmapped ON order_line(order_no) WHERE unmapped_sku IS NOT NULL;

CREATE TRIGGER order_line_keeps_title BEFORE UPDATE OF title ON product
WHEN OLD.title IS NOT NEW.title
BEGIN
    UPDATE order_line SET title = OLD.title
    WHERE title IS NULL AND sku_no IN (SELECT sku_no FROM sku WHERE product_id = OLD.id);
END;

CREATE TRIGGER order_line_keeps_option_label BEFORE UPDATE OF option_values ON sku
WHEN OLD.option_values IS NOT NEW.option_values
BEGIN
    UPDATE order_line
    SET option_label = coalesce((SELECT group_concat(j.value, ' / ') FROM json_each(OLD.option_values) j), '')
    WHERE option_label IS NULL AND sku_no = OLD.sku_no;
END;

-- No code moves a SKU to another product today; if one does, its lines keep the old product's title.
CREATE TRIGGER order_line_keeps_title_of_moved_sku BEFORE UPDATE OF product_id ON sku
WHEN OLD.product_id IS NOT NEW.product_id
BEGIN
    UPDATE order_line SET title = (SELECT title FROM product WHERE id = OLD.product_id)
    WHERE title IS NULL AND sku_no = OLD.sku_no;
END;

CREATE VIRTUAL TABLE customer_search_v6 USING fts5(
    terms,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 tokenchars '-_./'",
    prefix = '1 2 3'
);
INSERT INTO customer_search_v6(rowid, terms) SELECT rowid, terms FROM customer_search ORDER BY rowid;
INSERT INTO customer_search_v6(customer_search_v6) VALUES ('optimize');
DROP TABLE customer_search;
ALTER TABLE customer_search_v6 RENAME TO customer_search;
