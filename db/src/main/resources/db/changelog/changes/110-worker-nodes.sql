--liquibase formatted sql

--changeset tsh:110-worker-nodes
--comment: Which node runs which processing group, renewed every few seconds: the segment balancer gives each live node its fair share of segments (Axon's tracking processors would otherwise let the first node claim them all).
CREATE TABLE worker_nodes (
    node_id           VARCHAR(255)  NOT NULL,
    processing_group  VARCHAR(255)  NOT NULL,
    seen_at           TIMESTAMPTZ   NOT NULL,
    CONSTRAINT worker_nodes_pk PRIMARY KEY (node_id, processing_group)
);
--rollback DROP TABLE worker_nodes;
