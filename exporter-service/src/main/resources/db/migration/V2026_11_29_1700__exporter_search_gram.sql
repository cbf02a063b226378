-- The trigrams of each exporter's search_text (Trigrams in platform): a search for q reads only the exporters that
-- hold the rarest trigram of q. Filled for existing exporters by the Java migration that follows.
create table exporter_search_gram (
    gram        varchar(12) not null,
    exporter_id uuid        not null references exporter (id),
    primary key (gram, exporter_id)
);
create index exporter_search_gram_exporter_ix on exporter_search_gram (exporter_id);
