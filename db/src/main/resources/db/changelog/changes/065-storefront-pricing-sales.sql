--liquibase formatted sql

--changeset tsh:065-price-lists
--comment: Storefront pricing: every Zoho price list with its items (jsonb), so a TSH book can be rebuilt from whichever list holds it; book is null for lists that are not one of the six books.
CREATE TABLE price_lists (
    pricebook_id   TEXT        NOT NULL,
    name           TEXT        NOT NULL,
    book           TEXT,
    currency       TEXT,
    list_type      TEXT        NOT NULL,
    active         BOOLEAN     NOT NULL,
    deleted        BOOLEAN     NOT NULL DEFAULT FALSE,
    items          JSONB       NOT NULL DEFAULT '[]',
    last_sequence  BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT price_lists_pk PRIMARY KEY (pricebook_id)
);
CREATE INDEX price_lists_book_idx ON price_lists (book);
--rollback DROP TABLE price_lists;

--changeset tsh:065-customers
--comment: Storefront pricing: customers as shoppers (who they are, which price list, currency and language), from Zoho contacts.
CREATE TABLE customers (
    contact_id     TEXT        NOT NULL,
    name           TEXT        NOT NULL,
    first_name     TEXT,
    price_list_id  TEXT,
    currency       TEXT,
    language       TEXT,
    active         BOOLEAN     NOT NULL,
    deleted        BOOLEAN     NOT NULL DEFAULT FALSE,
    last_sequence  BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT customers_pk PRIMARY KEY (contact_id)
);
--rollback DROP TABLE customers;

--changeset tsh:065-sales-lines
--comment: Storefront sales counts: the item lines of live credit notes (invoice lines are in invoice_item_lines) and the last event applied per sales document, so units sold move by exact deltas and replays change nothing.
CREATE TABLE credit_note_item_lines (
    credit_note_id  TEXT           NOT NULL,
    item_id         TEXT           NOT NULL,
    quantity        NUMERIC(19, 4) NOT NULL,
    CONSTRAINT credit_note_item_lines_pk PRIMARY KEY (credit_note_id, item_id)
);
CREATE TABLE sales_document_sequences (
    document_id    TEXT   NOT NULL,
    last_sequence  BIGINT NOT NULL,
    CONSTRAINT sales_document_sequences_pk PRIMARY KEY (document_id)
);
--rollback DROP TABLE sales_document_sequences;
--rollback DROP TABLE credit_note_item_lines;
