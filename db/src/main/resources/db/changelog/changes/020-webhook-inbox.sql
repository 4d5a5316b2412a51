--liquibase formatted sql

--changeset tsh:020-webhook-inbox
--comment: Every authenticated Zoho delivery with its raw body and outcome; written in the transaction of the events it caused.
CREATE TABLE webhook_inbox (
    delivery_id   UUID         NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    event         VARCHAR(32)  NOT NULL,
    source        VARCHAR(16)  NOT NULL,
    received_at   TIMESTAMPTZ  NOT NULL,
    content_type  VARCHAR(255),
    headers       JSONB        NOT NULL DEFAULT '{}',
    body          BYTEA        NOT NULL,
    body_sha256   CHAR(64)     NOT NULL,
    outcome       VARCHAR(16)  NOT NULL,
    http_status   INTEGER      NOT NULL,
    error         JSONB,
    aggregate_ids JSONB        NOT NULL DEFAULT '[]',
    event_count   INTEGER      NOT NULL DEFAULT 0,
    duplicate_of  UUID,
    redrive_of    UUID,
    completed_at  TIMESTAMPTZ,
    CONSTRAINT webhook_inbox_pk PRIMARY KEY (delivery_id),
    CONSTRAINT webhook_inbox_outcome_ck CHECK (outcome IN ('accepted', 'duplicate', 'stale', 'unchanged', 'rejected', 'failed'))
);
-- A byte-identical re-delivery is found by kind, event and body hash.
CREATE INDEX webhook_inbox_body_idx ON webhook_inbox (kind, event, body_sha256);
CREATE INDEX webhook_inbox_received_idx ON webhook_inbox (received_at DESC);
CREATE INDEX webhook_inbox_outcome_idx ON webhook_inbox (outcome, received_at DESC);
--rollback DROP TABLE webhook_inbox;
