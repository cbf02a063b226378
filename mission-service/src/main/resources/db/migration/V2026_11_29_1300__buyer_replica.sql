-- What the mission service knows of buyers (from buyers.v1 only): enough to register them to missions.
create table buyer_replica (
    id           uuid                     primary key,
    display_name varchar(200)             not null,
    country      varchar(2)               not null,
    city         varchar(100),
    enrolled     boolean                  not null,
    sequence     bigint                   not null,
    updated_at   timestamp with time zone not null
);
