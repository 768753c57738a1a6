-- Test-only version 3.
CREATE INDEX product_supplier ON product(supplier);
