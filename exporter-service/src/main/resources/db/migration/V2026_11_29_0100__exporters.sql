create table exporter (
    id             uuid                     primary key,
    legal_name     varchar(300)             not null,
    display_name   varchar(200)             not null,
    inn            varchar(12)              not null,
    ogrn           varchar(15),
    city           varchar(100),
    website        varchar(500),
    languages      varchar(500)             not null,
    description    varchar(5000),
    certifications varchar(10000)           not null,
    contacts       varchar(20000)           not null,
    crm_id         varchar(100),
    status         varchar(30)              not null,
    status_reason  varchar(1000),
    search_text    varchar(20000)           not null,
    version        bigint                   not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint exporter_inn_uk unique (inn),
    constraint exporter_ogrn_uk unique (ogrn),
    constraint exporter_crm_id_uk unique (crm_id)
);
create index exporter_display_name_ix on exporter (display_name, created_at);
