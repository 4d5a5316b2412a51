--liquibase formatted sql

--changeset tsh:010-products
--comment: Read model of the catalog processing group (TEXT columns: no Zoho value may be too long for a projection), one row per Zoho item, shaped for the product page; a row can hold stock before its item data arrives (has_catalog_data false): the BFF hides it until then.
CREATE TABLE products (
    item_id            TEXT           NOT NULL,
    name               TEXT,
    name_ar            TEXT,
    sku                TEXT,
    description        TEXT,
    brand              TEXT,
    unit               TEXT,
    status             TEXT,
    price              NUMERIC(19, 4),
    currency           TEXT,
    category_id        TEXT,
    category_name      TEXT,
    image_name         TEXT,
    stock_on_hand      NUMERIC(19, 4) NOT NULL DEFAULT 0,
    stock_available    NUMERIC(19, 4) NOT NULL DEFAULT 0,
    stock_locations    JSONB          NOT NULL DEFAULT '[]',
    has_catalog_data   BOOLEAN        NOT NULL DEFAULT FALSE,
    deleted            BOOLEAN        NOT NULL DEFAULT FALSE,
    zoho_modified_at   TIMESTAMPTZ,
    last_sequence      BIGINT         NOT NULL,
    updated_at         TIMESTAMPTZ    NOT NULL,
    CONSTRAINT products_pk PRIMARY KEY (item_id)
);
CREATE INDEX products_category_idx ON products (category_id);
--rollback DROP TABLE products;
