-- One audit entry per exporter version: a write that reused a version (a lost update) fails instead of hiding.
drop index exporter_history_exporter_ix;
alter table exporter_history add constraint exporter_history_version_uk unique (exporter_id, version);
