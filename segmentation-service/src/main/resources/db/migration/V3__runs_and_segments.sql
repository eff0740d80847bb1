-- Behaviour and demographics for the feature store, kept from purchase-events and customer-events.
-- Recency and tenure are derived at run time from the first/last purchase, so they never go stale.
CREATE TABLE behaviour_features (
    customer_id     UUID PRIMARY KEY,
    orders          INT              NOT NULL,
    monetary        DOUBLE PRECISION NOT NULL,
    first_purchase  TIMESTAMPTZ      NOT NULL,
    last_purchase   TIMESTAMPTZ      NOT NULL
);

-- Segmentable attributes only (no directly identifying data ever reaches this service); the newest version wins.
CREATE TABLE demographic_features (
    customer_id UUID PRIMARY KEY,
    attributes  JSONB       NOT NULL,
    version     BIGINT      NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);

ALTER TABLE segmentation
    ADD COLUMN description        VARCHAR(2000),
    ADD COLUMN features           JSONB            NOT NULL DEFAULT '{"features": []}',
    ADD COLUMN min_segment_share  DOUBLE PRECISION NOT NULL DEFAULT 0.03,
    ADD COLUMN exclude_flagged    BOOLEAN          NOT NULL DEFAULT TRUE,
    ADD COLUMN active_run_id      UUID,
    ADD COLUMN activated_at       TIMESTAMPTZ;

CREATE UNIQUE INDEX segmentation_name ON segmentation (lower(name));

-- A run is a job: QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELLED. Workers claim with FOR UPDATE SKIP LOCKED
-- and keep heartbeat fresh; a RUNNING run whose heartbeat went stale (its worker died) is queued again.
CREATE TABLE segmentation_run (
    id                UUID PRIMARY KEY,
    segmentation_id   UUID             NOT NULL REFERENCES segmentation (id),
    status            VARCHAR(16)      NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    algorithm         VARCHAR(32)      NOT NULL,
    k_min             INT              NOT NULL,
    k_max             INT              NOT NULL,
    restarts          INT              NOT NULL,
    seed              BIGINT           NOT NULL,
    progress          DOUBLE PRECISION NOT NULL DEFAULT 0,
    step              VARCHAR(200),
    reason            VARCHAR(2000),
    cancel_requested  BOOLEAN          NOT NULL DEFAULT FALSE,
    attempts          INT              NOT NULL DEFAULT 0,
    worker            VARCHAR(200),
    heartbeat_at      TIMESTAMPTZ,
    k                 INT,
    report            JSONB,
    model             JSONB,
    created_at        TIMESTAMPTZ      NOT NULL,
    started_at        TIMESTAMPTZ,
    finished_at       TIMESTAMPTZ
);

CREATE INDEX segmentation_run_queue ON segmentation_run (created_at) WHERE status = 'QUEUED';
CREATE INDEX segmentation_run_by_segmentation ON segmentation_run (segmentation_id, created_at DESC);

CREATE TABLE segment (
    id           UUID PRIMARY KEY,
    run_id       UUID             NOT NULL REFERENCES segmentation_run (id),
    position     INT              NOT NULL,
    label        VARCHAR(200)     NOT NULL,
    name         VARCHAR(200),
    size         BIGINT           NOT NULL,
    share        DOUBLE PRECISION NOT NULL,
    profile      JSONB            NOT NULL,
    UNIQUE (run_id, position)
);

-- Members of a run's segments; live assignments to an active run are added here too. Erasure deletes rows.
CREATE TABLE run_assignment (
    run_id       UUID             NOT NULL,
    customer_id  UUID             NOT NULL,
    position     SMALLINT         NOT NULL,
    distance     REAL             NOT NULL,
    assigned_at  TIMESTAMPTZ      NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, customer_id)
);

CREATE INDEX run_assignment_customer ON run_assignment (customer_id);
