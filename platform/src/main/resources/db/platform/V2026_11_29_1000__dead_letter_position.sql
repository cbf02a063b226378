-- How far each dead-letter topic partition has been re-driven (POST /api/v1/admin/dead-letters/{topic}/redrive).
create table dead_letter_position (
    topic        varchar(250) not null,
    partition_no integer      not null,
    next_offset  bigint       not null,
    primary key (topic, partition_no)
);
