--liquibase formatted sql

--changeset tsh:060-pg-trgm
--comment: Trigram similarity for typo-tolerant product search (pg_trgm ships with PostgreSQL's contrib, the embedded one included).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--rollback DROP EXTENSION IF EXISTS pg_trgm;

--changeset tsh:060-product-prices
--comment: Storefront: the price of each item in each of the six TSH price books (written by the price list projection, read by listings and checkout). One Zoho price list stands for a book at a time (pricebook_id).
CREATE TABLE product_prices (
    book          TEXT           NOT NULL,
    item_id       TEXT           NOT NULL,
    price         NUMERIC(19, 4) NOT NULL,
    currency      TEXT           NOT NULL,
    pricebook_id  TEXT           NOT NULL,
    CONSTRAINT product_prices_pk PRIMARY KEY (book, item_id)
);
CREATE INDEX product_prices_pricebook_idx ON product_prices (pricebook_id);
--rollback DROP TABLE product_prices;

--changeset tsh:060-product-sales
--comment: Storefront: units sold per item, from invoices net of credit notes (written by the sales projection, read for best sellers).
CREATE TABLE product_sales (
    item_id        TEXT           NOT NULL,
    quantity_sold  NUMERIC(19, 4) NOT NULL DEFAULT 0,
    CONSTRAINT product_sales_pk PRIMARY KEY (item_id)
);
CREATE INDEX product_sales_sold_idx ON product_sales (quantity_sold DESC);
--rollback DROP TABLE product_sales;

--changeset tsh:060-product-ratings
--comment: Storefront: rating summary per item over approved, visible reviews (written by the review projection, read by cards).
CREATE TABLE product_ratings (
    item_id         TEXT          NOT NULL,
    rating_average  NUMERIC(3, 2) NOT NULL,
    rating_count    INTEGER       NOT NULL,
    CONSTRAINT product_ratings_pk PRIMARY KEY (item_id)
);
--rollback DROP TABLE product_ratings;

--changeset tsh:060-invoice-item-lines
--comment: Storefront: the item lines of every live (not void, not deleted) invoice, one row per invoice and item (written by the sales projection; read for frequently bought together).
CREATE TABLE invoice_item_lines (
    invoice_id  TEXT           NOT NULL,
    item_id     TEXT           NOT NULL,
    quantity    NUMERIC(19, 4) NOT NULL,
    CONSTRAINT invoice_item_lines_pk PRIMARY KEY (invoice_id, item_id)
);
CREATE INDEX invoice_item_lines_item_idx ON invoice_item_lines (item_id, invoice_id);
--rollback DROP TABLE invoice_item_lines;
