--liquibase formatted sql

--changeset tsh:100-carts
--comment: Storefront carts: one row per customer with the last Cart event applied (idempotent replays, read-your-writes check), and the cart's lines with the price snapshot taken when each product was last added.
CREATE TABLE carts (
    customer_id    TEXT        NOT NULL,
    last_sequence  BIGINT      NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT carts_pk PRIMARY KEY (customer_id)
);
CREATE TABLE cart_items (
    customer_id    TEXT        NOT NULL,
    item_id        TEXT        NOT NULL,
    quantity       INTEGER     NOT NULL,
    unit_price     NUMERIC     NOT NULL,
    currency       TEXT        NOT NULL,
    added_at       TIMESTAMPTZ NOT NULL,
    position       BIGINT      NOT NULL,
    CONSTRAINT cart_items_pk PRIMARY KEY (customer_id, item_id)
);
--rollback DROP TABLE cart_items;
--rollback DROP TABLE carts;

--changeset tsh:100-addresses
--comment: Storefront address books: one row per customer with the last AddressBook event applied and the two defaults, and the addresses themselves (position = sequence of the event that added it, for newest-first lists).
CREATE TABLE address_books (
    customer_id          TEXT        NOT NULL,
    last_sequence        BIGINT      NOT NULL,
    default_shipping_id  TEXT,
    default_billing_id   TEXT,
    updated_at           TIMESTAMPTZ NOT NULL,
    CONSTRAINT address_books_pk PRIMARY KEY (customer_id)
);
CREATE TABLE addresses (
    address_id      TEXT        NOT NULL,
    customer_id     TEXT        NOT NULL,
    position        BIGINT      NOT NULL,
    label           TEXT,
    recipient_name  TEXT        NOT NULL,
    phone           TEXT        NOT NULL,
    line1           TEXT        NOT NULL,
    line2           TEXT,
    city            TEXT        NOT NULL,
    region          TEXT,
    country         TEXT        NOT NULL,
    postal_code     TEXT,
    added_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT addresses_pk PRIMARY KEY (customer_id, address_id)
);
--rollback DROP TABLE addresses;
--rollback DROP TABLE address_books;
