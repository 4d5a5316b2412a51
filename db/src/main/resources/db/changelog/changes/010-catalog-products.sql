--liquibase formatted sql

--changeset tsh:010-products
--comment: Read model of the catalog processing group, one row per Zoho item, shaped for the product page; a row can hold stock before its item data arrives (has_catalog_data false): the BFF hides it until then.
CREATE TABLE products (
    item_id            VARCHAR(32)    NOT NULL,
    name               VARCHAR(1000),
    name_ar            VARCHAR(1000),
    sku                VARCHAR(255),
    description        TEXT,
    brand              VARCHAR(255),
    unit               VARCHAR(100),
    status             VARCHAR(16),
    price              NUMERIC(19, 4),
    currency           VARCHAR(3),
    category_id        VARCHAR(32),
    category_name      VARCHAR(255),
    image_name         VARCHAR(255),
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
