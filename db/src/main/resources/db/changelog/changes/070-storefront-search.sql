--liquibase formatted sql

--changeset tsh:070-products-search-columns
--comment: Storefront listings: normalised search text kept by the catalog projection (search_key: names, SKU, brand; search_extra: description; see SearchText), and when the product was first listed (the first ProductSynced), for new arrivals.
ALTER TABLE products ADD COLUMN search_key TEXT;
ALTER TABLE products ADD COLUMN search_extra TEXT;
ALTER TABLE products ADD COLUMN first_listed_at TIMESTAMPTZ;
UPDATE products SET first_listed_at = updated_at WHERE has_catalog_data;
-- Rows projected before this change get an approximation of the projection's normalisation (SearchText): a
-- catalog replay rewrites it exactly.
UPDATE products SET
    search_key = btrim(regexp_replace(translate(lower(concat_ws(' ', name, name_ar, sku, brand)),
        'أإآٱةىئؤ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ـًٌٍَُِّْ', 'ااااهييو01234567890123456789'), '[[:punct:][:space:]]+', ' ', 'g')),
    search_extra = btrim(regexp_replace(translate(lower(coalesce(description, '')),
        'أإآٱةىئؤ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹ـًٌٍَُِّْ', 'ااااهييو01234567890123456789'), '[[:punct:][:space:]]+', ' ', 'g'))
WHERE has_catalog_data;
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

--changeset tsh:070-search-words
--comment: Typo tolerance: every word of the product names, SKUs and brands (normalised; 3+ characters, not bare numbers), trigram-indexed. A typed word is corrected to its near spellings here (pg_trgm similarity, operator %), then the full-text index finds the products; kept by the catalog projection, never shrinking (a stale word only adds a term that matches nothing).
CREATE TABLE search_words (
    word  TEXT NOT NULL,
    CONSTRAINT search_words_pk PRIMARY KEY (word)
);
CREATE INDEX search_words_trgm_idx ON search_words USING GIN (word gin_trgm_ops);
INSERT INTO search_words (word)
SELECT DISTINCT w FROM products, regexp_split_to_table(search_key, ' ') AS w
WHERE has_catalog_data AND length(w) >= 3 AND w !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
--rollback DROP TABLE search_words;

--changeset tsh:070-products-listing-indexes
--comment: Listings show only shoppable products; partial indexes serve new arrivals and category pages without reading hidden rows.
CREATE INDEX products_shoppable_newest_idx ON products (first_listed_at DESC, item_id)
    WHERE has_catalog_data AND NOT deleted AND status = 'ACTIVE';
CREATE INDEX products_shoppable_category_idx ON products (category_id, first_listed_at DESC, item_id)
    WHERE has_catalog_data AND NOT deleted AND status = 'ACTIVE';
--rollback DROP INDEX products_shoppable_category_idx;
--rollback DROP INDEX products_shoppable_newest_idx;
