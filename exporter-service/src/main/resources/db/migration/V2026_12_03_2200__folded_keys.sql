-- Sort keys (the folded form of a text, see platform's Folded): lists sort by them, so that "Électro" comes among
-- the e on every database; the city filter compares city_key. Filled by the Java migration that follows.
alter table exporter add column display_name_key varchar(200);
alter table exporter add column legal_name_key varchar(300);
alter table exporter add column city_key varchar(100);
