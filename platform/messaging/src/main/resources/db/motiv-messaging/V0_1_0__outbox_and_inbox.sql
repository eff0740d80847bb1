-- Motiv messaging tables, shared by every service (platform/messaging). Versions 0_x keep them apart from a
-- service's own migrations (V1, V2, ...); services run Flyway with out-of-order enabled so a later messaging
-- migration still applies to a database whose own migrations are ahead.

-- Events written in the same transaction as the state change they describe; the relay publishes them in id order.
CREATE TABLE motiv_outbox (
    id          BIGSERIAL PRIMARY KEY,
    event_id    VARCHAR(64)  NOT NULL UNIQUE,
    event_type  VARCHAR(255) NOT NULL,
    topic       VARCHAR(249) NOT NULL,
    message_key VARCHAR(255) NOT NULL,
    payload     TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  TEXT,
    sent_at     TIMESTAMPTZ
);

CREATE INDEX motiv_outbox_unsent ON motiv_outbox (id) WHERE sent_at IS NULL;

-- Events a consumer has applied, recorded in the same transaction as their effect.
CREATE TABLE motiv_inbox (
    consumer     VARCHAR(128) NOT NULL,
    event_id     VARCHAR(64)  NOT NULL,
    event_type   VARCHAR(255) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

CREATE INDEX motiv_inbox_processed_at ON motiv_inbox (processed_at);
