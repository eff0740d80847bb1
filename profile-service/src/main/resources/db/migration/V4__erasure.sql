-- Proof that a customer was erased (GDPR art. 17): the id and when, nothing personal.
CREATE TABLE erasure_record (
    customer_id UUID PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL
);

-- Erasure unlinks purchases from the person; their amounts stay in aggregate revenue.
ALTER TABLE purchase DROP CONSTRAINT purchase_customer_id_fkey;
ALTER TABLE purchase ADD CONSTRAINT purchase_customer_id_fkey
    FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE SET NULL;
