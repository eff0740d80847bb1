-- The trace id current while the handler applied the event (empty when none was).
ALTER TABLE applied_note ADD COLUMN trace_id VARCHAR(32);
