-- Sort keys (the folded form of a text, see platform's Folded): lists sort by them, so that "Électro" comes among
-- the e on every database; the city filter compares city_key. Filled by the Java migration that follows.
alter table buyer add column display_name_key varchar(200);
alter table buyer add column legal_name_key varchar(300);
alter table buyer add column city_key varchar(100);
