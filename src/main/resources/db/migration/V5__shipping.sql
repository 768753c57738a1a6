-- Version 5: shipments, carriers, tracking events and the ship-by policy (issue 15; docs/shipping.md).
-- Released: never edit; add V6 instead. Times are UTC epoch milliseconds. Kept compact (the bench data set has
-- 500,000 shipments within the brief's disk budget): integer keys, the shipment's UUID as 16 bytes, statuses and
-- check digits as small codes (shipping.ShippingCodes), a shipment's lines inline.
--
-- Codes:
--   check_digit            0 NONE, 1 MOD7, 2 LUHN, 3 S10
--   shipment/event status  0 SHIPPED (handed to the carrier), 1 IN_TRANSIT, 2 OUT_FOR_DELIVERY, 3 DELIVERED,
--                          4 EXCEPTION, 5 RETURNED
--   package_size           0 ENVELOPE, 1 SMALL, 2 MEDIUM, 3 LARGE, 4 OVERSIZE

-- cutoff_minute: minute of the day (shop's zone) after which a paid order counts from the next working day;
-- 1440 means no cut-off.
CREATE TABLE carrier (
    carrier_no       INTEGER PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name             TEXT NOT NULL,
    tracking_pattern TEXT NOT NULL,
    check_digit      INTEGER NOT NULL CHECK (check_digit BETWEEN 0 AND 3),
    tracking_url     TEXT NOT NULL DEFAULT '',
    cutoff_minute    INTEGER NOT NULL DEFAULT 960 CHECK (cutoff_minute BETWEEN 0 AND 1440)
);

CREATE TABLE carrier_service (
    carrier_no       INTEGER NOT NULL REFERENCES carrier(carrier_no),
    service_no       INTEGER NOT NULL CHECK (service_no >= 0),
    code             TEXT NOT NULL COLLATE NOCASE,
    name             TEXT NOT NULL,
    international    INTEGER NOT NULL CHECK (international IN (0, 1)),
    dispatch_minutes INTEGER NOT NULL CHECK (dispatch_minutes > 0),
    transit_minutes  INTEGER NOT NULL CHECK (transit_minutes > 0),
    PRIMARY KEY (carrier_no, service_no),
    UNIQUE (carrier_no, code)
) WITHOUT ROWID;

-- One row. country/time_zone '' mean the computer's; working_days: bit 0 Monday ... bit 6 Sunday. The default
-- services are what an order's ship-by is counted with before it ships.
CREATE TABLE shipping_policy (
    id                            INTEGER PRIMARY KEY CHECK (id = 1),
    country                       TEXT NOT NULL DEFAULT '',
    time_zone                     TEXT NOT NULL DEFAULT '',
    working_days                  INTEGER NOT NULL DEFAULT 31 CHECK (working_days BETWEEN 1 AND 127),
    at_risk_minutes               INTEGER NOT NULL DEFAULT 120 CHECK (at_risk_minutes > 0),
    domestic_promise_minutes      INTEGER NOT NULL DEFAULT 1440 CHECK (domestic_promise_minutes > 0),
    international_promise_minutes INTEGER NOT NULL DEFAULT 4320 CHECK (international_promise_minutes > 0),
    domestic_carrier_no           INTEGER NOT NULL,
    domestic_service_no           INTEGER NOT NULL,
    international_carrier_no      INTEGER NOT NULL,
    international_service_no      INTEGER NOT NULL,
    FOREIGN KEY (domestic_carrier_no, domestic_service_no) REFERENCES carrier_service(carrier_no, service_no),
    FOREIGN KEY (international_carrier_no, international_service_no) REFERENCES carrier_service(carrier_no, service_no)
);

-- Days off besides the weekly ones, as YYYY-MM-DD in the shop's zone.
CREATE TABLE shop_holiday (
    day TEXT PRIMARY KEY CHECK (length(day) = 10)
) WITHOUT ROWID;

-- lines: the order lines it holds, "position:quantity" joined by commas ("0:2,3:1"); ship_by/deliver_by: the
-- order's deadlines counted with this shipment's service (NULL for an order without a promise).
CREATE TABLE shipment (
    shipment_no  INTEGER PRIMARY KEY,
    id           BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
    order_no     INTEGER NOT NULL REFERENCES orders(order_no),
    carrier_no   INTEGER NOT NULL REFERENCES carrier(carrier_no),
    service_no   INTEGER NOT NULL,
    tracking     TEXT NOT NULL,
    lines        TEXT NOT NULL,
    status       INTEGER NOT NULL CHECK (status BETWEEN 0 AND 5),
    weight_grams INTEGER CHECK (weight_grams > 0),
    package_size INTEGER CHECK (package_size BETWEEN 0 AND 4),
    shipped_at   INTEGER NOT NULL,
    ship_by      INTEGER,
    deliver_by   INTEGER,
    delivered_at INTEGER,
    -- One number once per carrier; leading with the number lets a search by tracking number use it.
    UNIQUE (tracking, carrier_no)
);
CREATE INDEX shipment_order ON shipment(order_no);

CREATE TABLE tracking_event (
    shipment_no INTEGER NOT NULL REFERENCES shipment(shipment_no),
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    status      INTEGER NOT NULL CHECK (status BETWEEN 0 AND 5),
    occurred_at INTEGER NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (shipment_no, seq)
) WITHOUT ROWID;

-- The "To ship" cockpit: paid or packed orders with an address, by the address's country and then payment time
-- (within a zone the ship-by follows the payment time), so a page, a count of the late or at-risk ones, or the
-- orders abroad are index ranges. Only the open orders are in it: a few thousand entries however long the history.
CREATE INDEX orders_to_ship ON orders(upper(coalesce(shipping_address ->> '$[7]', '')), paid_at)
    WHERE status IN (1, 2) AND shipping_address <> '{}';

-- The demo carriers (platform.carriers.DemoCarriers; ShippingServiceTest keeps the two equal).
INSERT INTO carrier(carrier_no, code, name, tracking_pattern, check_digit, tracking_url, cutoff_minute) VALUES
    (1, 'HANA', 'Hana Express', '\d{12}', 1, 'https://track.hana-express.example/parcel/{tracking}', 960),
    (2, 'SWIFT', 'Swift Parcel', 'SP\d{10}', 2, 'https://swiftparcel.example/track?no={tracking}', 960),
    (3, 'CITY', 'City Courier', 'CC\d{8}', 0, 'https://citycourier.example/t/{tracking}', 1080),
    (4, 'POST', 'National Post', 'R[A-Z]\d{9}KR', 3, 'https://post.example/trace/{tracking}', 900),
    (5, 'EMS', 'EMS International', 'E[A-Z]\d{9}KR', 3, 'https://ems.post.example/trace/{tracking}', 900),
    (6, 'GLX', 'Globex Air', '\d{10}', 1, 'https://globex.example/track/{tracking}', 1020);
INSERT INTO carrier_service(carrier_no, service_no, code, name, international, dispatch_minutes, transit_minutes) VALUES
    (1, 0, 'STD', 'Standard parcel', 0, 720, 1440),
    (1, 1, 'NEXT', 'Next morning', 0, 480, 960),
    (2, 0, 'STD', 'Standard', 0, 720, 1440),
    (2, 1, 'SAME', 'Same day', 0, 240, 480),
    (3, 0, 'LOCAL', 'Local delivery', 0, 720, 360),
    (4, 0, 'REG', 'Registered parcel', 0, 720, 1440),
    (5, 0, 'EMS', 'EMS', 1, 1440, 4320),
    (5, 1, 'EMSP', 'EMS Premium', 1, 1440, 2880),
    (6, 0, 'EXP', 'Worldwide express', 1, 1440, 2880),
    (6, 1, 'ECO', 'Economy', 1, 1440, 7200);
INSERT INTO shipping_policy(id, domestic_carrier_no, domestic_service_no, international_carrier_no,
                            international_service_no) VALUES (1, 1, 0, 5, 0);
