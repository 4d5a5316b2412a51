--liquibase formatted sql

--changeset tsh:070-products-search-columns
--comment: Storefront listings: normalised search text kept by the catalog projection (search_key: names, SKU, brand; search_extra: description), and when the product was first listed (the first ProductSynced), for new arrivals.
ALTER TABLE products ADD COLUMN search_key TEXT;
ALTER TABLE products ADD COLUMN search_extra TEXT;
ALTER TABLE products ADD COLUMN first_listed_at TIMESTAMPTZ;
UPDATE products SET first_listed_at = updated_at WHERE has_catalog_data;
--rollback ALTER TABLE products DROP COLUMN first_listed_at;
--rollback ALTER TABLE products DROP COLUMN search_extra;
--rollback ALTER TABLE products DROP COLUMN search_key;

--changeset tsh:070-products-search-vector
--comment: Full-text search with the 'simple' configuration (no stemming: names are Arabic and English brand words); names, SKU and brand weigh A, the description D.
ALTER TABLE products ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, coalesce(search_key, '')), 'A')
    || setweight(to_tsvector('simple'::regconfig, coalesce(search_extra, '')), 'D')) STORED;
CREATE INDEX products_search_vector_idx ON products USING GIN (search_vector);
--rollback DROP INDEX products_search_vector_idx;
--rollback ALTER TABLE products DROP COLUMN search_vector;

--changeset tsh:070-products-search-trigrams
--comment: Typo-tolerant search: trigram index over names, SKU and brand for the word_similarity operator (<%).
CREATE INDEX products_search_key_trgm_idx ON products USING GIN (search_key gin_trgm_ops);
--rollback DROP INDEX products_search_key_trgm_idx;

--changeset tsh:070-products-listing-indexes
--comment: Listings show only shoppable products; partial indexes serve new arrivals and category pages without reading hidden rows.
CREATE INDEX products_shoppable_newest_idx ON products (first_listed_at DESC, item_id)
    WHERE has_catalog_data AND NOT deleted AND status = 'ACTIVE';
CREATE INDEX products_shoppable_category_idx ON products (category_id, first_listed_at DESC, item_id)
    WHERE has_catalog_data AND NOT deleted AND status = 'ACTIVE';
--rollback DROP INDEX products_shoppable_category_idx;
--rollback DROP INDEX products_shoppable_newest_idx;
