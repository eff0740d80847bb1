-- Every consent decision, kept as history; a customer's state for a purpose is its newest decision.
CREATE TABLE consent_record (
    id                 UUID PRIMARY KEY,
    customer_id        UUID        NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    purpose            VARCHAR(16) NOT NULL CHECK (purpose IN ('VALUES_SURVEY', 'PROFILING', 'MARKETING')),
    status             VARCHAR(16) NOT NULL CHECK (status IN ('GRANTED', 'DENIED', 'WITHDRAWN')),
    source             VARCHAR(64) NOT NULL,
    legal_text_version VARCHAR(64) NOT NULL,
    decided_at         TIMESTAMPTZ NOT NULL,
    recorded_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX consent_record_current ON consent_record (customer_id, purpose, decided_at DESC, recorded_at DESC);
