-- What the matching service knows of exporters (from exporters.v1 only): what matching needs.
create table exporter_replica (
    id           uuid                     primary key,
    display_name varchar(200)             not null,
    status       varchar(30)              not null,
    languages    varchar(500)             not null,
    hs_codes     varchar(5000)            not null,
    sequence     bigint                   not null,
    updated_at   timestamp with time zone not null
);
