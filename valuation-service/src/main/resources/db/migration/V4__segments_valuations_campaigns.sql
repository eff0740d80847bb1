-- Segmentations and their segments as segmentation-service activates them (SegmentationActivated).
CREATE TABLE segmentation (
    segmentation_id VARCHAR(64) PRIMARY KEY,
    run_id          VARCHAR(64) NOT NULL,
    activated_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE segment (
    segment_id      VARCHAR(64) PRIMARY KEY,
    segmentation_id VARCHAR(64) NOT NULL,
    run_id          VARCHAR(64) NOT NULL,
    label           VARCHAR(200),
    size            BIGINT,
    share           DOUBLE PRECISION
);

CREATE INDEX segment_segmentation ON segment (segmentation_id, run_id);

-- Each customer's current segment per segmentation (CustomerSegmentAssigned; the latest assignment wins).
CREATE TABLE segment_membership (
    customer_id     UUID         NOT NULL,
    segmentation_id VARCHAR(64)  NOT NULL,
    run_id          VARCHAR(64)  NOT NULL,
    segment_id      VARCHAR(64)  NOT NULL,
    segment_label   VARCHAR(200),
    assigned_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_id, segmentation_id)
);

CREATE INDEX segment_membership_segment ON segment_membership (segmentation_id, run_id, segment_id);

-- What analysts say about a segment's market (money in the valuation's currency, per year).
CREATE TABLE segment_market_input (
    segment_id         VARCHAR(64)      PRIMARY KEY,
    addressable_market NUMERIC(20, 4)   NOT NULL CHECK (addressable_market >= 0),
    growth_rate        DOUBLE PRECISION NOT NULL,
    competition_index  DOUBLE PRECISION NOT NULL CHECK (competition_index BETWEEN 0 AND 1),
    updated_at         TIMESTAMPTZ      NOT NULL,
    updated_by         VARCHAR(200)
);

-- Segment valuations, kept as history. One call of valueSegments is one batch.
CREATE TABLE segment_valuation (
    id                   UUID             PRIMARY KEY,
    batch_id             UUID             NOT NULL,
    segmentation_id      VARCHAR(64)      NOT NULL,
    run_id               VARCHAR(64)      NOT NULL,
    segment_id           VARCHAR(64)      NOT NULL,
    segment_label        VARCHAR(200),
    valued_at            TIMESTAMPTZ      NOT NULL,
    valued_by            VARCHAR(200),
    period_start         DATE             NOT NULL,
    period_end           DATE             NOT NULL,
    currency             CHAR(3)          NOT NULL,
    clv_model_id         UUID,
    customers            BIGINT           NOT NULL,
    buyers               BIGINT           NOT NULL,
    orders               BIGINT           NOT NULL,
    revenue              NUMERIC(20, 4)   NOT NULL,
    previous_revenue     NUMERIC(20, 4)   NOT NULL,
    revenue_share        DOUBLE PRECISION NOT NULL,
    average_order_value  DOUBLE PRECISION,
    purchase_frequency   DOUBLE PRECISION,
    mean_recency_days    DOUBLE PRECISION,
    repeat_rate          DOUBLE PRECISION,
    retention_rate       DOUBLE PRECISION,
    churn_risk           DOUBLE PRECISION,
    mean_clv             DOUBLE PRECISION,
    total_clv            DOUBLE PRECISION,
    clv_coverage         DOUBLE PRECISION,
    sales_growth         DOUBLE PRECISION,
    addressable_market   NUMERIC(20, 4),
    market_growth_rate   DOUBLE PRECISION,
    competition_index    DOUBLE PRECISION,
    market_potential     DOUBLE PRECISION,
    value_score          DOUBLE PRECISION NOT NULL,
    rank                 INTEGER          NOT NULL,
    flags                TEXT             NOT NULL DEFAULT ''
);

CREATE INDEX segment_valuation_segmentation ON segment_valuation (segmentation_id, valued_at DESC);
CREATE INDEX segment_valuation_segment ON segment_valuation (segment_id, valued_at DESC);

-- Marketing campaigns aimed at a segment; purchases carrying the campaign id are attributed to it.
CREATE TABLE campaign (
    id          UUID           PRIMARY KEY,
    name        VARCHAR(200)   NOT NULL,
    segment_id  VARCHAR(64)    NOT NULL,
    cost        NUMERIC(20, 4) NOT NULL CHECK (cost >= 0),
    currency    CHAR(3)        NOT NULL,
    starts_on   DATE           NOT NULL,
    ends_on     DATE           NOT NULL,
    created_at  TIMESTAMPTZ    NOT NULL,
    created_by  VARCHAR(200),
    CHECK (ends_on >= starts_on)
);

CREATE INDEX campaign_segment ON campaign (segment_id);
CREATE INDEX purchase_fact_campaign ON purchase_fact (campaign_id) WHERE campaign_id IS NOT NULL;
