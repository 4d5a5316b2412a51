--liquibase formatted sql

--changeset tsh:002-token-entry
--comment: Where each processing segment is in the event stream and which node holds it (the workers' claims).
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);
--rollback DROP TABLE token_entry;
