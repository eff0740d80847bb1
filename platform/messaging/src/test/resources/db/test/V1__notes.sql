CREATE TABLE note (
    id       BIGSERIAL PRIMARY KEY,
    note_key VARCHAR(64) NOT NULL,
    seq      INT         NOT NULL
);

-- One row per application of an event's effect: a duplicate application would show as a second row.
CREATE TABLE applied_note (
    id       BIGSERIAL PRIMARY KEY,
    event_id VARCHAR(64) NOT NULL,
    note_key VARCHAR(64) NOT NULL,
    seq      INT         NOT NULL
);
