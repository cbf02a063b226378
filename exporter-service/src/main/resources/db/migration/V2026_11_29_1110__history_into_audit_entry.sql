-- The exporter's audit trail moves into the platform's audit_entry (one table for every aggregate of a service).
insert into audit_entry (id, aggregate_type, aggregate_id, version, action, actor, occurred_at, changes)
select id, 'exporter', exporter_id, version, action, actor, occurred_at, changes from exporter_history;
drop table exporter_history;
