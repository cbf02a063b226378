create table meeting_request (
    id            uuid                     primary key,
    mission_id    uuid                     not null,
    exporter_id   uuid                     not null,
    buyer_id      uuid                     not null,
    from_exporter boolean                  not null,
    priority      integer                  not null,
    message       varchar(2000),
    status        varchar(20)              not null,
    reason        varchar(1000),
    requested_by  varchar(300)             not null,
    version       bigint                   not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);
create index meeting_request_mission_ix on meeting_request (mission_id, exporter_id, buyer_id);

-- Matching settings per mission (defaults apply when a mission has no row).
create table matching_settings (
    mission_id        uuid    primary key,
    max_open_requests integer not null
);
