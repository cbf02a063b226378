alter table exporter alter column display_name_key set not null;
alter table exporter alter column legal_name_key set not null;
drop index exporter_display_name_ix;
create index exporter_display_name_ix on exporter (display_name_key, created_at);
create index exporter_city_key_ix on exporter (city_key);
