create table product (
    id              uuid                     primary key,
    exporter_id     uuid                     not null references exporter (id),
    name            varchar(200)             not null,
    description     varchar(5000),
    hs_code         varchar(10)              not null,
    moq             bigint,
    unit            varchar(20),
    price_min       numeric(17, 2),
    price_max       numeric(17, 2),
    price_currency  varchar(3),
    certifications  varchar(10000)           not null,
    lead_time_days  integer,
    version         bigint                   not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index product_exporter_ix on product (exporter_id, created_at);
create index product_hs_code_ix on product (hs_code);

-- Audit trail: who changed what, when.
create table exporter_history (
    id           uuid                     primary key,
    exporter_id  uuid                     not null references exporter (id),
    version      bigint                   not null,
    action       varchar(40)              not null,
    actor        varchar(300)             not null,
    occurred_at  timestamp with time zone not null,
    changes      varchar(100000)          not null
);
create index exporter_history_exporter_ix on exporter_history (exporter_id, version);
