--liquibase formatted sql

--changeset tsh:001-domain-event-entry
--comment: Axon's event store with bytea payloads, so convert_from(payload,'UTF8') shows the event JSON.
CREATE TABLE domain_event_entry (
    global_index         BIGSERIAL    NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    -- The guard of optimistic concurrency across nodes: a duplicate is retried as a ConcurrencyException.
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
--rollback DROP TABLE domain_event_entry;

--changeset tsh:001-domain-event-entry-type-index
--comment: Auditors filter the global stream by event type.
CREATE INDEX domain_event_entry_payload_type_idx ON domain_event_entry (payload_type, global_index);
--rollback DROP INDEX domain_event_entry_payload_type_idx;

--changeset tsh:001-snapshot-event-entry
CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
--rollback DROP TABLE snapshot_event_entry;
