-- Who called a meeting off before it started (EXPORTER, BUYER or AGENCY); null when a rebuild cancelled it.
-- Rebuilds leave such a pair out until either side asks to meet again.
alter table meeting add column cancelled_by varchar(20);
