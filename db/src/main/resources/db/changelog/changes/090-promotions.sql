--liquibase formatted sql

--changeset tsh:090-promotion-codes
--comment: Command side: which promotion holds each code (lower-case), written in the command's transaction so two promotions can never hold one code (set-based validation the Promotion aggregate cannot do alone).
CREATE TABLE promotion_codes (
    code_key      TEXT        NOT NULL,
    promotion_id  TEXT        NOT NULL,
    claimed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT promotion_codes_pk PRIMARY KEY (code_key)
);
CREATE INDEX promotion_codes_promotion_idx ON promotion_codes (promotion_id);
--rollback DROP TABLE promotion_codes;

--changeset tsh:090-promotions
--comment: Read model of the promotions processing group: one row per promotion, for ops, home, the product page and the checkout calculator.
CREATE TABLE promotions (
    id                TEXT           NOT NULL,
    name              TEXT           NOT NULL,
    name_ar           TEXT,
    code              TEXT,
    code_key          TEXT,
    type              TEXT           NOT NULL,
    value             NUMERIC(19, 4),
    currency          TEXT           NOT NULL,
    buy_quantity      INTEGER,
    get_quantity      INTEGER,
    minimum_purchase  NUMERIC(19, 4),
    usage_limit       INTEGER,
    usage_count       INTEGER        NOT NULL DEFAULT 0,
    starts_at         TIMESTAMPTZ,
    ends_at           TIMESTAMPTZ,
    ended_at          TIMESTAMPTZ,
    scope             TEXT           NOT NULL,
    product_ids       JSONB          NOT NULL DEFAULT '[]',
    category_ids      JSONB          NOT NULL DEFAULT '[]',
    stackable         BOOLEAN        NOT NULL DEFAULT FALSE,
    priority          INTEGER        NOT NULL DEFAULT 0,
    created_at        TIMESTAMPTZ    NOT NULL,
    last_sequence     BIGINT         NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL,
    CONSTRAINT promotions_pk PRIMARY KEY (id)
);
CREATE INDEX promotions_code_key_idx ON promotions (code_key);
CREATE INDEX promotions_priority_idx ON promotions (priority DESC, created_at DESC);
--rollback DROP TABLE promotions;
