--liquibase formatted sql

--changeset tsh:040-processing-log
--comment: What the workers did beyond plain success: retried, parked, replayed, dead letters retried or cleared (and by whom).
CREATE TABLE processing_log (
    id                BIGSERIAL     NOT NULL,
    at                TIMESTAMPTZ   NOT NULL,
    processing_group  VARCHAR(255)  NOT NULL,
    action            VARCHAR(32)   NOT NULL,
    aggregate_id      VARCHAR(255),
    event_identifier  VARCHAR(255),
    event_type        VARCHAR(255),
    attempt           INTEGER,
    message           TEXT,
    actor             VARCHAR(255),
    CONSTRAINT processing_log_pk PRIMARY KEY (id),
    CONSTRAINT processing_log_action_ck CHECK (action IN ('retried', 'parked', 'recovered', 'replay-started',
        'dead-letters-retried', 'dead-letter-cleared', 'transient-failure'))
);
CREATE INDEX processing_log_at_idx ON processing_log (at DESC);
CREATE INDEX processing_log_group_idx ON processing_log (processing_group, at DESC);
--rollback DROP TABLE processing_log;

--changeset tsh:040-dead-letter-archive
--comment: Dead letters discarded by ops are kept here with who cleared them: nothing is ever silently dropped.
CREATE TABLE dead_letter_archive (
    dead_letter_id       VARCHAR(255)  NOT NULL,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    aggregate_identifier VARCHAR(255),
    payload_type         VARCHAR(255)  NOT NULL,
    payload              TEXT          NOT NULL,
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          TEXT,
    enqueued_at          VARCHAR(255)  NOT NULL,
    cleared_by           VARCHAR(255)  NOT NULL,
    cleared_at           TIMESTAMPTZ   NOT NULL,
    CONSTRAINT dead_letter_archive_pk PRIMARY KEY (dead_letter_id)
);
--rollback DROP TABLE dead_letter_archive;
