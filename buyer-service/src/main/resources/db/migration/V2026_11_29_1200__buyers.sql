create table buyer (
    id                   uuid                     primary key,
    legal_name           varchar(300)             not null,
    display_name         varchar(200)             not null,
    country              varchar(2)               not null,
    city                 varchar(100)             not null,
    ice                  varchar(15),
    tax_id               varchar(50),
    website              varchar(500),
    languages            varchar(500)             not null,
    description          varchar(5000),
    company_size         varchar(10),
    contacts             varchar(20000)           not null,
    crm_id               varchar(100),
    programme_enrolled   boolean                  not null,
    programme_since      date,
    programme_ended_on   date,
    programme_end_reason varchar(1000),
    search_text          varchar(20000)           not null,
    version              bigint                   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint buyer_ice_uk unique (ice),
    constraint buyer_crm_id_uk unique (crm_id)
);
create index buyer_display_name_ix on buyer (display_name, created_at);
create index buyer_country_ix on buyer (country);

-- What a buyer wants to source; part of the buyer aggregate.
create table sourcing_interest (
    id              uuid                     primary key,
    buyer_id        uuid                     not null references buyer (id),
    hs_code         varchar(10)              not null,
    description     varchar(2000),
    quantity_amount numeric(15, 3),
    quantity_unit   varchar(20),
    budget_amount   numeric(17, 2),
    budget_currency varchar(3),
    needed_by       date,
    active          boolean                  not null,
    version         bigint                   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index sourcing_interest_buyer_ix on sourcing_interest (buyer_id, created_at);
create index sourcing_interest_hs_code_ix on sourcing_interest (hs_code);
