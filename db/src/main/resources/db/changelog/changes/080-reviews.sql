--liquibase formatted sql

--changeset tsh:080-reviews
--comment: Read model of the reviews processing group: one row per review (the UUID key of its aggregate id), with its moderation status and flag count; product_ratings (060) is recomputed from it.
CREATE TABLE reviews (
    review_id          TEXT         NOT NULL,
    item_id            TEXT         NOT NULL,
    customer_id        TEXT         NOT NULL,
    rating             SMALLINT     NOT NULL,
    title              TEXT,
    body               TEXT,
    status             TEXT         NOT NULL,
    flag_count         INTEGER      NOT NULL DEFAULT 0,
    moderation_reason  TEXT,
    created_at         TIMESTAMPTZ  NOT NULL,
    edited_at          TIMESTAMPTZ  NOT NULL,
    last_sequence      BIGINT       NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT reviews_pk PRIMARY KEY (review_id),
    CONSTRAINT reviews_rating_range CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX reviews_item_visible_idx ON reviews (item_id, created_at DESC, review_id DESC) WHERE status = 'APPROVED';
CREATE INDEX reviews_status_idx ON reviews (status, created_at DESC, review_id DESC);
CREATE INDEX reviews_customer_idx ON reviews (customer_id);
--rollback DROP TABLE reviews;

