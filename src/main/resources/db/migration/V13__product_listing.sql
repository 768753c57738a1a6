-- Version 13: what the platform says of a product that only the platform decides (docs/sync.md, "Pulled
-- products, SKUs and customers"). Released: never edit; add a new script instead.
--
-- listing: whether the marketplace shows the product to buyers (the platform's field: it can delist). NULL while the
-- platform has not said (a product only on this desk); the lists show a product 'DELISTED' as not published. The
-- seller's own fields and offline edits are kept either way.
ALTER TABLE product ADD COLUMN listing TEXT CHECK (listing IS NULL OR listing IN ('LISTED', 'DELISTED'));

-- awaiting_pull = 1: a product row made for a pulled SKU whose product record comes later in the change feed (a
-- record changed again appears once, at its latest change, so a SKU can come before its product). The row holds the
-- SKU's code as its title until the product arrives; then every field is the platform's and the mark is cleared.
ALTER TABLE product ADD COLUMN awaiting_pull INTEGER NOT NULL DEFAULT 0 CHECK (awaiting_pull IN (0, 1));
