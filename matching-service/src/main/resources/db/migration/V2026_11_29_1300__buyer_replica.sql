-- What the matching service knows of buyers (from buyers.v1 only): what matching needs.
create table buyer_replica (
    id           uuid                     primary key,
    display_name varchar(200)             not null,
    country      varchar(2)               not null,
    languages    varchar(500)             not null,
    enrolled     boolean                  not null,
    interests    varchar(1000000)         not null,
    sequence     bigint                   not null,
    updated_at   timestamp with time zone not null
);
