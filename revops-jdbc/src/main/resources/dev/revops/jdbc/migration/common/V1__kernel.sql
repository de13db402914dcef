-- revops-jdbc schema, part 1: the kernel (accounts, contacts), the transactional outbox, subject
-- locks and idempotency keys. Written for PostgreSQL 15+; the same file runs on H2 2.x (the
-- folders postgresql/ and h2/ define the types revops_id and, on H2, jsonb).
--
-- Conventions of every revops table: ids as text, money as minor units (bigint) plus an ISO 4217
-- currency code, dates as date, instants as timestamp with time zone, statuses as text, an
-- optimistic version column on each aggregate, and the whole aggregate in body (jsonb) so it can
-- be read back exactly; every column a finance query needs is a column of its own.

CREATE TABLE revops_accounts (
  id            revops_id PRIMARY KEY,
  version       bigint       NOT NULL CHECK (version >= 1),
  name          varchar(1000) NOT NULL,
  currency      char(3)      NOT NULL,
  country       varchar(2),
  time_zone     varchar(100) NOT NULL,
  body          jsonb        NOT NULL,
  updated_at    timestamp with time zone NOT NULL
);

CREATE TABLE revops_contacts (
  id            revops_id PRIMARY KEY,
  version       bigint       NOT NULL CHECK (version >= 1),
  account_id    revops_id    NOT NULL,
  body          jsonb        NOT NULL,
  updated_at    timestamp with time zone NOT NULL,
  saved_seq     bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX revops_contacts_account ON revops_contacts (account_id, saved_seq);

-- One row per event, appended in the unit of work of its change. A relay claims a batch (the
-- claim is a lease: claimed_by and claimed_until), hands it to the host's publisher and sets
-- delivered_at; a claim whose lease ran out is taken over by the next relay.
CREATE TABLE revops_outbox (
  seq           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id      varchar(200) NOT NULL,
  event_type    varchar(200) NOT NULL,
  event_class   varchar(500) NOT NULL,
  aggregate_id  varchar(200) NOT NULL,
  occurred_at   timestamp with time zone NOT NULL,
  payload       jsonb        NOT NULL,
  claimed_by    varchar(100),
  claimed_until timestamp with time zone,
  delivered_at  timestamp with time zone,
  CONSTRAINT revops_outbox_event_unique UNIQUE (event_id)
);
CREATE INDEX revops_outbox_pending ON revops_outbox (delivered_at, seq);

-- Subjects serialised across every instance of the host's application (a debtor, a normalised
-- e-mail address): a caller locks the row FOR UPDATE for the length of its transaction.
CREATE TABLE revops_locks (
  subject       varchar(500) PRIMARY KEY
);

-- Idempotency keys of calls that move money: the fingerprint of the request and what it produced.
CREATE TABLE revops_idempotency_keys (
  idem_key      varchar(500) PRIMARY KEY,
  fingerprint   varchar(2000) NOT NULL,
  result_id     revops_id    NOT NULL,
  created_at    timestamp with time zone NOT NULL
);
