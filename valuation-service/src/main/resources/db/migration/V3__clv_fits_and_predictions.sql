-- A CLV model is one fit of BG/NBD + Gamma-Gamma to the purchase facts of one currency (see docs/valuation.md).
ALTER TABLE clv_model DROP CONSTRAINT IF EXISTS clv_model_status_check;
ALTER TABLE clv_model ADD CONSTRAINT clv_model_status_check
    CHECK (status IN ('DRAFT', 'FITTED', 'NOT_CONVERGED', 'FAILED'));

ALTER TABLE clv_model
    ADD COLUMN calibration_end       DATE,
    ADD COLUMN time_unit             VARCHAR(8),
    ADD COLUMN horizon_months        INTEGER,
    ADD COLUMN monthly_discount_rate DOUBLE PRECISION,
    ADD COLUMN currency              CHAR(3),
    ADD COLUMN created_by            VARCHAR(200),
    ADD COLUMN customers             INTEGER,
    ADD COLUMN repeat_customers      INTEGER,
    ADD COLUMN excluded_customers    INTEGER,
    ADD COLUMN fit_millis            BIGINT,
    ADD COLUMN flags                 TEXT NOT NULL DEFAULT '',
    ADD COLUMN status_reason         TEXT,
    -- BG/NBD
    ADD COLUMN bgnbd_r               DOUBLE PRECISION,
    ADD COLUMN bgnbd_alpha           DOUBLE PRECISION,
    ADD COLUMN bgnbd_a               DOUBLE PRECISION,
    ADD COLUMN bgnbd_b               DOUBLE PRECISION,
    ADD COLUMN bgnbd_se_r            DOUBLE PRECISION,
    ADD COLUMN bgnbd_se_alpha        DOUBLE PRECISION,
    ADD COLUMN bgnbd_se_a            DOUBLE PRECISION,
    ADD COLUMN bgnbd_se_b            DOUBLE PRECISION,
    ADD COLUMN bgnbd_log_likelihood  DOUBLE PRECISION,
    ADD COLUMN bgnbd_converged       BOOLEAN,
    ADD COLUMN bgnbd_status          TEXT,
    ADD COLUMN bgnbd_iterations      INTEGER,
    -- Gamma-Gamma
    ADD COLUMN gg_p                  DOUBLE PRECISION,
    ADD COLUMN gg_q                  DOUBLE PRECISION,
    ADD COLUMN gg_v                  DOUBLE PRECISION,
    ADD COLUMN gg_se_p               DOUBLE PRECISION,
    ADD COLUMN gg_se_q               DOUBLE PRECISION,
    ADD COLUMN gg_se_v               DOUBLE PRECISION,
    ADD COLUMN gg_log_likelihood     DOUBLE PRECISION,
    ADD COLUMN gg_converged          BOOLEAN,
    ADD COLUMN gg_status             TEXT,
    ADD COLUMN gg_iterations         INTEGER,
    ADD COLUMN gg_customers          INTEGER,
    ADD COLUMN spend_frequency_correlation DOUBLE PRECISION;

CREATE INDEX clv_model_latest ON clv_model (status, created_at DESC);

-- Per-customer predictions of a FITTED model. Deleted with the customer on erasure.
CREATE TABLE clv_prediction (
    model_id             UUID             NOT NULL REFERENCES clv_model (id) ON DELETE CASCADE,
    customer_id          UUID             NOT NULL,
    frequency            INTEGER          NOT NULL,
    recency              DOUBLE PRECISION NOT NULL,
    age                  DOUBLE PRECISION NOT NULL,
    mean_repeat_spend    DOUBLE PRECISION NOT NULL,
    probability_alive    DOUBLE PRECISION NOT NULL,
    expected_purchases   DOUBLE PRECISION NOT NULL,
    expected_spend       DOUBLE PRECISION NOT NULL,
    lifetime_value       DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (model_id, customer_id)
);

CREATE INDEX clv_prediction_customer ON clv_prediction (customer_id);

-- Erased customers, by id only: a replayed purchase or assignment of theirs is not stored again.
CREATE TABLE erased_customer (
    customer_id UUID        PRIMARY KEY,
    erased_at   TIMESTAMPTZ NOT NULL
);
