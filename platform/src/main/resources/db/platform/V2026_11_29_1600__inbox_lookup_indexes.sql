-- The batched idempotent consumer looks up a whole batch of event ids and subjects at once (event_id in (...)):
-- H2 uses an index for an IN list only on the index's first column, so each lookup gets an index of its own.
create index processed_event_event_ix on processed_event (event_id);
create index consumed_subject_subject_ix on consumed_subject (subject);
