-- The mission's meetings, as the scheduler placed them (status SCHEDULED or CANCELLED; one row per pair).
create table meeting (
    id                   uuid                     primary key,
    mission_id           uuid                     not null,
    exporter_id          uuid                     not null,
    buyer_id             uuid                     not null,
    session_id           uuid                     not null,
    slot_start           timestamp with time zone not null,
    slot_end             timestamp with time zone not null,
    table_number         integer,
    video_link           varchar(1000),
    interpreter_language varchar(10),
    origin               varchar(30)              not null,
    request_id           uuid,
    status               varchar(20)              not null,
    reason               varchar(1000),
    version              bigint                   not null,
    updated_at           timestamp with time zone not null,
    constraint meeting_pair_uk unique (mission_id, exporter_id, buyer_id)
);
create index meeting_exporter_ix on meeting (mission_id, exporter_id);
create index meeting_buyer_ix on meeting (mission_id, buyer_id);

-- The last schedule build of each mission: its state and figures.
create table schedule_run (
    mission_id         uuid                     primary key,
    status             varchar(20)              not null,
    progress           varchar(200),
    requested          integer                  not null,
    candidates         integer                  not null,
    placed             integer                  not null,
    upper_bound        integer                  not null,
    breaks             integer                  not null,
    breaks_lower_bound integer                  not null,
    optimal            boolean                  not null,
    fairness_kept      boolean                  not null,
    method             varchar(30),
    millis             bigint                   not null,
    unplaced           varchar(1000000)         not null,
    message            varchar(2000),
    started_at         timestamp with time zone not null,
    finished_at        timestamp with time zone,
    version            bigint                   not null
);

alter table matching_settings add column max_meetings integer;
alter table matching_settings add column max_breaks integer;
alter table matching_settings add column recommended_per_participant integer;
