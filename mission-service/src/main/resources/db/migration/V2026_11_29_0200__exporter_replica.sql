-- What the mission service knows of exporters (from exporters.v1 only): enough to decide who may apply.
create table exporter_replica (
    id           uuid                     primary key,
    display_name varchar(200)             not null,
    status       varchar(30)              not null,
    sequence     bigint                   not null,
    updated_at   timestamp with time zone not null
);
