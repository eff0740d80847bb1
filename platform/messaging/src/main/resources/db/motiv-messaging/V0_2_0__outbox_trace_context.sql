-- The W3C trace context (traceparent, tracestate) of the span that wrote the event, so the relay can put it into
-- the Kafka record's headers and the consumer continue the trace. Null when nothing was being traced.
ALTER TABLE motiv_outbox
    ADD COLUMN trace_parent VARCHAR(55),
    ADD COLUMN trace_state  TEXT;
