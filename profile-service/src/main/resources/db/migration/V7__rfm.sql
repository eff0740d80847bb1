-- RFM scores 1..5 per customer with purchases: quintiles over the population, recomputed together.
CREATE TABLE customer_rfm (
    customer_id     UUID PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
    recency_score   SMALLINT    NOT NULL CHECK (recency_score BETWEEN 1 AND 5),
    frequency_score SMALLINT    NOT NULL CHECK (frequency_score BETWEEN 1 AND 5),
    monetary_score  SMALLINT    NOT NULL CHECK (monetary_score BETWEEN 1 AND 5),
    rfm_group       VARCHAR(32) NOT NULL,
    computed_at     TIMESTAMPTZ NOT NULL
);
