-- The trigrams of each buyer's search_text (Trigrams in platform): a search for q reads only the buyers that hold
-- the rarest trigram of q. Filled for existing buyers by the Java migration that follows.
create table buyer_search_gram (
    gram     varchar(12) not null,
    buyer_id uuid        not null references buyer (id),
    primary key (gram, buyer_id)
);
create index buyer_search_gram_buyer_ix on buyer_search_gram (buyer_id);
