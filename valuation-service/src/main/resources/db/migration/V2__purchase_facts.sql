-- Purchase lines as profile-service publishes them (PurchaseRecorded): the input of CLV fits and segment valuation.
CREATE TABLE purchase_fact (
    order_id     VARCHAR(128)   PRIMARY KEY,
    customer_id  UUID           NOT NULL,
    amount       NUMERIC(14, 4) NOT NULL,
    currency     CHAR(3)        NOT NULL,
    purchased_at TIMESTAMPTZ    NOT NULL,
    channel      VARCHAR(64),
    category     VARCHAR(64),
    campaign_id  VARCHAR(64)
);

CREATE INDEX purchase_fact_customer ON purchase_fact (customer_id, purchased_at);
