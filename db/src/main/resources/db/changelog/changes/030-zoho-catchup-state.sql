--liquibase formatted sql

--changeset tsh:030-zoho-catchup-state
--comment: The Zoho catch-up job's high-water mark per record kind, so a restart resumes where the last completed pass ended.
CREATE TABLE zoho_catchup_state (
    kind             VARCHAR(32)  NOT NULL,
    high_water_mark  TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT zoho_catchup_state_pk PRIMARY KEY (kind)
);
--rollback DROP TABLE zoho_catchup_state;
