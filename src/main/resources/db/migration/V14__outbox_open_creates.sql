-- Version 14: the lists' "Not yet on the platform" filter (docs/sync.md, "Sync state per record"). Released: never
-- edit; add a new script instead.
--
-- The filter asks for the records of one kind whose create the platform has not acknowledged. Acknowledged rows stay
-- in the outbox (nothing prunes them while the window runs), so the index on (entity_type, entity_id, state) would
-- walk every row ever queued for the kind (an order's create, payment and fulfilment, for every order taken at the
-- desk) to find the few still open. This index holds only the open creates, with the id the filter reads: it stays
-- as small as what waits, and a row leaves it when it is acknowledged.
CREATE INDEX outbox_open_create ON outbox(entity_type, entity_id) WHERE state <> 2 AND operation = 'create';
