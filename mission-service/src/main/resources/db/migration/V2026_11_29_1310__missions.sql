create table mission (
    id                   uuid                     primary key,
    title                varchar(200)             not null,
    destination_country  varchar(2)               not null,
    cities               varchar(2000)            not null,
    format               varchar(20)              not null,
    start_date           date                     not null,
    end_date             date                     not null,
    timezone             varchar(60)              not null,
    application_deadline date                     not null,
    hs_focus             varchar(1000)            not null,
    exporter_capacity    integer                  not null,
    description          varchar(10000),
    status               varchar(20)              not null,
    status_reason        varchar(1000),
    search_text          varchar(20000)           not null,
    version              bigint                   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null
);
create index mission_start_ix on mission (start_date, title);

-- An exporter's application; part of the mission aggregate (one per exporter and mission).
create table application (
    id            uuid                     primary key,
    mission_id    uuid                     not null references mission (id),
    exporter_id   uuid                     not null,
    motivation    varchar(5000),
    status        varchar(20)              not null,
    note          varchar(2000),
    decided_by    varchar(300),
    decided_at    timestamp with time zone,
    waitlisted_at timestamp with time zone,
    version       bigint                   not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    constraint application_exporter_uk unique (mission_id, exporter_id)
);

-- A buyer's registration; part of the mission aggregate (one per buyer and mission).
create table buyer_registration (
    id                   uuid                     primary key,
    mission_id           uuid                     not null references mission (id),
    buyer_id             uuid                     not null,
    status               varchar(20)              not null,
    unavailable          varchar(20000)           not null,
    interpreter_language varchar(2),
    version              bigint                   not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    constraint buyer_registration_buyer_uk unique (mission_id, buyer_id)
);

-- A B2B session; part of the mission aggregate. Times are local to the mission's time zone.
create table b2b_session (
    id            uuid                     primary key,
    mission_id    uuid                     not null references mission (id),
    name          varchar(200),
    format        varchar(20)              not null,
    session_date  date                     not null,
    start_time    time                     not null,
    end_time      time                     not null,
    slot_minutes  integer                  not null,
    break_minutes integer                  not null,
    tables        integer,
    version       bigint                   not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

-- Market briefs of a mission.
create table market_brief (
    id         uuid                     primary key,
    mission_id uuid                     not null references mission (id),
    title      varchar(200)             not null,
    summary    varchar(2000),
    sections   varchar(1000000)         not null,
    links      varchar(60000)           not null,
    version    bigint                   not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null
);
create index market_brief_mission_ix on market_brief (mission_id, created_at);
