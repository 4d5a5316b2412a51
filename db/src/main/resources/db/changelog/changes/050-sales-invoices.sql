--liquibase formatted sql

--changeset tsh:050-invoices
--comment: Read model of the sales processing group: one row per Zoho invoice, with its lines, for best sellers and customers' orders.
CREATE TABLE invoices (
    invoice_id        TEXT           NOT NULL,
    number            TEXT,
    customer_id       TEXT,
    customer_name     TEXT,
    status            TEXT,
    invoice_date      DATE,
    due_date          DATE,
    currency          TEXT,
    exchange_rate     NUMERIC(19, 6),
    total             NUMERIC(19, 4),
    balance           NUMERIC(19, 4),
    lines             JSONB          NOT NULL DEFAULT '[]',
    voided            BOOLEAN        NOT NULL DEFAULT FALSE,
    deleted           BOOLEAN        NOT NULL DEFAULT FALSE,
    zoho_modified_at  TIMESTAMPTZ,
    last_sequence     BIGINT         NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL,
    CONSTRAINT invoices_pk PRIMARY KEY (invoice_id)
);
CREATE INDEX invoices_customer_idx ON invoices (customer_id, invoice_date DESC);
--rollback DROP TABLE invoices;
