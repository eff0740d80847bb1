-- Every assignment received, per run (history), and the current tag per segmentation.
CREATE TABLE segment_tag_history (
    customer_id     UUID         NOT NULL,
    segmentation_id VARCHAR(64)  NOT NULL,
    run_id          VARCHAR(64)  NOT NULL,
    segment_id      VARCHAR(64)  NOT NULL,
    segment_label   VARCHAR(200),
    assigned_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_id, segmentation_id, run_id)
);

CREATE TABLE segment_tag (
    customer_id     UUID         NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    segmentation_id VARCHAR(64)  NOT NULL,
    run_id          VARCHAR(64)  NOT NULL,
    segment_id      VARCHAR(64)  NOT NULL,
    segment_label   VARCHAR(200),
    assigned_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_id, segmentation_id)
);

CREATE INDEX segment_tag_segment ON segment_tag (segmentation_id, segment_id);
