-- Each side's view of a meeting (EXPORTER, BUYER, AGENCY); its changes are in audit_entry (type Meeting).
create table meeting_outcome (
    id              uuid                     primary key,
    meeting_id      uuid                     not null,
    mission_id      uuid                     not null,
    side            varchar(10)              not null,
    attended        boolean                  not null,
    interest        integer,
    next_step       varchar(20)              not null,
    value_amount    numeric(17, 2),
    value_currency  varchar(3),
    notes           varchar(4000),
    recorded_by     varchar(300)             not null,
    recorded_at     timestamp with time zone not null,
    version         bigint                   not null,
    constraint meeting_outcome_side_uk unique (meeting_id, side)
);
create index meeting_outcome_mission_ix on meeting_outcome (mission_id);

-- Steps after a meeting, months later; the latest by date is the meeting's pipeline stage.
create table follow_up (
    id              uuid                     primary key,
    meeting_id      uuid                     not null,
    mission_id      uuid                     not null,
    stage           varchar(20)              not null,
    value_amount    numeric(17, 2),
    value_currency  varchar(3),
    follow_up_date  date                     not null,
    notes           varchar(4000),
    recorded_by     varchar(300)             not null,
    recorded_at     timestamp with time zone not null
);
create index follow_up_meeting_ix on follow_up (meeting_id);
create index follow_up_mission_ix on follow_up (mission_id);
