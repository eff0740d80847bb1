-- Order lines. A refund is a line of its own with a negative amount. order_id is unique: the same order id
-- recorded twice is stored once (prefix it with the source system, e.g. "shop:O-77", where ids could collide).
CREATE TABLE purchase (
    id           UUID PRIMARY KEY,
    order_id     VARCHAR(128)   NOT NULL,
    customer_id  UUID REFERENCES customer (id),
    amount       NUMERIC(14, 4) NOT NULL CHECK (amount <> 0),
    currency     CHAR(3)        NOT NULL,
    purchased_at TIMESTAMPTZ    NOT NULL,
    channel      VARCHAR(64),
    category     VARCHAR(64),
    campaign_id  VARCHAR(64),
    recorded_at  TIMESTAMPTZ    NOT NULL,
    CONSTRAINT purchase_order_id_unique UNIQUE (order_id)
);

CREATE INDEX purchase_customer_newest ON purchase (customer_id, purchased_at DESC, id DESC);

-- Behaviour per customer, kept current as purchases arrive (one currency per customer).
CREATE TABLE customer_behaviour (
    customer_id       UUID PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    currency          CHAR(3)        NOT NULL,
    orders            INT            NOT NULL,
    refunds           INT            NOT NULL,
    revenue           NUMERIC(16, 4) NOT NULL,
    first_purchase_at TIMESTAMPTZ    NOT NULL,
    last_purchase_at  TIMESTAMPTZ    NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL
);
