alter table buyer alter column display_name_key set not null;
alter table buyer alter column legal_name_key set not null;
alter table buyer alter column city_key set not null;
drop index buyer_display_name_ix;
create index buyer_display_name_ix on buyer (display_name_key, created_at);
create index buyer_city_key_ix on buyer (city_key);
