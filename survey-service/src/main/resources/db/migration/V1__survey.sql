CREATE TABLE survey (
    id              UUID PRIMARY KEY,
    title           VARCHAR(200) NOT NULL,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_at      TIMESTAMPTZ NOT NULL,
    version         BIGINT      NOT NULL
);
