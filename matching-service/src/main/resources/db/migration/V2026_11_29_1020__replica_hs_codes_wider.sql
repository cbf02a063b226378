-- An exporter may list 500 products of distinct 10-digit codes: ",code" x 500 needs 5,500 characters.
alter table exporter_replica alter column hs_codes set data type varchar(20000);
