-- Instruments are data: items keyed to value dimensions, a rating scale, texts per locale.
CREATE TABLE instrument (
    id                          UUID PRIMARY KEY,
    code                        VARCHAR(64)  NOT NULL,
    version                     INT          NOT NULL CHECK (version >= 1),
    name                        VARCHAR(200) NOT NULL,
    scale_min                   INT          NOT NULL,
    scale_max                   INT          NOT NULL,
    min_means_very_much_like_me BOOLEAN      NOT NULL,
    scale_labels                JSONB        NOT NULL DEFAULT '{}',
    built_in                    BOOLEAN      NOT NULL DEFAULT false,
    frozen                      BOOLEAN      NOT NULL DEFAULT false,
    created_at                  TIMESTAMPTZ  NOT NULL,
    CONSTRAINT instrument_code_version_unique UNIQUE (code, version),
    CONSTRAINT instrument_scale_valid CHECK (scale_max > scale_min)
);

CREATE TABLE instrument_item (
    instrument_id UUID        NOT NULL REFERENCES instrument (id) ON DELETE CASCADE,
    code          VARCHAR(32) NOT NULL,
    position      INT         NOT NULL,
    dimension     VARCHAR(64) NOT NULL,
    reverse_coded BOOLEAN     NOT NULL,
    texts         JSONB       NOT NULL DEFAULT '{}',
    PRIMARY KEY (instrument_id, code)
);

-- V1 created no way to add surveys, so the table is empty and a survey can now require its instrument.
ALTER TABLE survey ADD COLUMN instrument_id UUID NOT NULL REFERENCES instrument (id);
ALTER TABLE survey ADD COLUMN published_at TIMESTAMPTZ;
ALTER TABLE survey ADD COLUMN closed_at TIMESTAMPTZ;

-- Customers as survey-service knows them from customer-events: identity and VALUES_SURVEY consent only.
CREATE TABLE known_customer (
    customer_id           UUID PRIMARY KEY,
    external_source       VARCHAR(64),
    external_ref          VARCHAR(128),
    values_survey_consent VARCHAR(16) CHECK (values_survey_consent IN ('GRANTED', 'DENIED', 'WITHDRAWN')),
    consent_changed_at    TIMESTAMPTZ,
    erased_at             TIMESTAMPTZ,
    CONSTRAINT known_customer_external_ref_unique UNIQUE (external_source, external_ref)
);

CREATE TABLE survey_response (
    id                   UUID PRIMARY KEY,
    survey_id            UUID         NOT NULL REFERENCES survey (id),
    customer_id          UUID         NOT NULL,
    client_response_id   VARCHAR(128) NOT NULL,
    instrument           VARCHAR(80)  NOT NULL,
    answers              JSONB        NOT NULL,
    started_at           TIMESTAMPTZ,
    completed_at         TIMESTAMPTZ,
    submitted_at         TIMESTAMPTZ  NOT NULL,
    raw_scores           JSONB        NOT NULL,
    centred_scores       JSONB        NOT NULL,
    higher_order_raw     JSONB        NOT NULL,
    higher_order_centred JSONB        NOT NULL,
    mrat                 DOUBLE PRECISION NOT NULL,
    answered_items       INT          NOT NULL,
    missing_items        INT          NOT NULL,
    too_many_missing     BOOLEAN      NOT NULL,
    straight_lining      BOOLEAN      NOT NULL,
    too_fast             BOOLEAN      NOT NULL,
    flagged              BOOLEAN      NOT NULL,
    CONSTRAINT survey_response_client_id_unique UNIQUE (survey_id, client_response_id)
);

CREATE INDEX survey_response_customer ON survey_response (customer_id, submitted_at DESC);
CREATE INDEX survey_response_survey ON survey_response (survey_id) WHERE NOT flagged;
