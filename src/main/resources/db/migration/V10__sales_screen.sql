-- Version 10: the Sales screen by channel and with its shipping chart within its budget (issue 17).
-- Released: never edit; add a new script instead.
--
-- * sales_sku's key becomes (channel × 2^20 + business day) × 4096 + block (sales.SkuDayEntries), so one
--   channel's range of days is one range of keys and the top products follow the channel filter. The summaries
--   are counted again from the orders the first time they are wanted (sales_basis.built = 0), with progress, as
--   after a change of the business day (a few seconds at a million orders).
-- * shipment.channel: the channel of the parcel's order (orders.channel, set when the parcel is written), so the
--   shipping chart of one channel does not look up each parcel's order.
-- * shipment_performance: the shipping chart's counts per carrier and service come from this covering index,
--   grouped in its order, without reading the table or sorting (a year of 480,000 parcels: 0.08 s instead of
--   0.36 s, one channel 0.4 s before; about 20 MB; figures in docs/benchmarks.md).
DELETE FROM sales_sku;
DELETE FROM sales_day;
UPDATE sales_basis SET built = 0;
ALTER TABLE shipment ADD COLUMN channel INTEGER CHECK (channel BETWEEN 0 AND 4);
UPDATE shipment SET channel = (SELECT o.channel FROM orders o WHERE o.order_no = shipment.order_no);
CREATE INDEX shipment_performance ON shipment(carrier_no, service_no, shipped_at, channel, ship_by, deliver_by,
    delivered_at) WHERE ship_by IS NOT NULL;
