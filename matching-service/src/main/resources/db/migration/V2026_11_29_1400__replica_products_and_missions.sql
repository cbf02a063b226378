-- Exporters' products (HS codes, price ranges) and certifications, for scoring.
alter table exporter_replica add column products varchar(1000000) default '[]' not null;
alter table exporter_replica add column certifications varchar(10000) default '[]' not null;

-- Missions as matching knows them (from missions.v1): the whole mission as the last event carried it.
create table mission_replica (
    id         uuid                     primary key,
    status     varchar(20)              not null,
    data       varchar(1000000)         not null,
    sequence   bigint                   not null,
    updated_at timestamp with time zone not null
);
