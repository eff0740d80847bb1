CREATE TABLE clv_model (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('DRAFT', 'FITTED', 'FAILED')),
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL
);
