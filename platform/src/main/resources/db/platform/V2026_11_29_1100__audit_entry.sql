-- The audit trail of every aggregate a service owns: which change made which version, who made it, what changed.
create table audit_entry (
    id             uuid                     primary key,
    aggregate_type varchar(50)              not null,
    aggregate_id   uuid                     not null,
    version        bigint                   not null,
    action         varchar(60)              not null,
    actor          varchar(300)             not null,
    occurred_at    timestamp with time zone not null,
    changes        varchar(100000)          not null,
    constraint audit_entry_version_uk unique (aggregate_type, aggregate_id, version)
);
