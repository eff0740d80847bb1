CREATE TABLE customer (
    id              UUID PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION')),
    external_source VARCHAR(64)  NOT NULL,
    external_ref    VARCHAR(128) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT customer_external_ref_unique UNIQUE (external_source, external_ref)
);
