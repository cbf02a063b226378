-- Sort keys (the folded form of a title, see platform's Folded): lists sort by them, so that "Énergie" comes among
-- the e on every database. Filled by the Java migration that follows.
alter table mission add column title_key varchar(200);
alter table market_brief add column title_key varchar(200);
