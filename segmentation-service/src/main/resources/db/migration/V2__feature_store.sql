-- The feature store, kept from events: each customer's latest values profile (values-events) and whether the
-- customer may be profiled (PROFILING consent from customer-events). Runs read it; erasure empties it.
CREATE TABLE values_features (
    customer_id          UUID PRIMARY KEY,
    response_id          VARCHAR(64)      NOT NULL,
    instrument           VARCHAR(80)      NOT NULL,
    centred              JSONB            NOT NULL,
    higher_order_centred JSONB            NOT NULL,
    mrat                 DOUBLE PRECISION NOT NULL,
    flagged              BOOLEAN          NOT NULL,
    answered_at          TIMESTAMPTZ      NOT NULL
);

CREATE TABLE profiling_consent (
    customer_id UUID PRIMARY KEY,
    status      VARCHAR(16) NOT NULL CHECK (status IN ('GRANTED', 'DENIED', 'WITHDRAWN')),
    changed_at  TIMESTAMPTZ NOT NULL
);
