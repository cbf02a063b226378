alter table mission alter column title_key set not null;
alter table market_brief alter column title_key set not null;
drop index mission_start_ix;
create index mission_start_ix on mission (start_date, title_key);
