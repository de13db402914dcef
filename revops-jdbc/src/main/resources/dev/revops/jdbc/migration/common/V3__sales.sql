-- revops-jdbc schema, part 3: sales (leads, opportunities, orders, returns, service cases, feedback).
--
-- The queries of revops-sales' ports read the *_by_* tables: one row per (aggregate, key) with the
-- key's seq, a number taken when the aggregate got that key and kept while it keeps it, so a query
-- returns the aggregates in the order they (last) got the key, as the in-memory default's indexes
-- do. The rows are rewritten with their aggregate, in its unit of work.

-- Personal data (names, e-mail addresses, phone numbers, company) stays in body; the columns hold
-- ids, statuses and dates only.
CREATE TABLE revops_leads (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  status               varchar(64)  NOT NULL,
  source               varchar(40)  NOT NULL,
  owner_id             revops_id,
  captured_at          timestamp with time zone NOT NULL,
  converted_account_id revops_id,
  converted_at         timestamp with time zone,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL
);
CREATE INDEX revops_leads_converted_account ON revops_leads (converted_account_id);

-- The duplicate-detection keys of each lead: 'e:' || sha256(normalised e-mail), 'p:' ||
-- sha256(E.164 phone) and 'w:' || sha256(word) for each lookup word of the company (SHA-256 in
-- lower-case hex), so no address is stored, logged or quoted in an error outside body. open_email
-- is 1 on the e-mail key of a lead that is not converted and NULL otherwise: the unique constraint
-- lets one open lead hold an address (the index LeadRepository asks hosts to keep, for captures run
-- in a host's own transaction); a converted person may come back as a new lead. The constraint's
-- index (match_key first) is the one duplicate detection reads.
CREATE TABLE revops_leads_by_key (
  lead_id              revops_id    NOT NULL REFERENCES revops_leads (id),
  match_key            varchar(66)  NOT NULL,
  open_email           smallint     CHECK (open_email = 1),
  seq                  bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (lead_id, match_key),
  CONSTRAINT revops_leads_open_email_once UNIQUE (match_key, open_email)
);

CREATE TABLE revops_opportunities (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  account_id           revops_id    NOT NULL,
  lead_id              revops_id,
  owner_id             revops_id    NOT NULL,
  stage                varchar(200) NOT NULL,
  status               varchar(40)  NOT NULL,
  currency             char(3)      NOT NULL,
  amount_minor         bigint       NOT NULL,
  close_date           date         NOT NULL,
  closed_at            timestamp with time zone,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL
);
CREATE INDEX revops_opportunities_account ON revops_opportunities (account_id);

CREATE TABLE revops_orders (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  account_id           revops_id    NOT NULL,
  status               varchar(40)  NOT NULL,
  payment_status       varchar(40)  NOT NULL,
  fulfilment_status    varchar(40)  NOT NULL,
  currency             char(3)      NOT NULL,
  total_minor          bigint       NOT NULL,
  paid_minor           bigint       NOT NULL,
  refunded_minor       bigint       NOT NULL,
  placed_at            timestamp with time zone NOT NULL,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL
);
CREATE INDEX revops_orders_account ON revops_orders (account_id);

-- One row per order: its status, and seq from when it entered that status.
CREATE TABLE revops_orders_by_status (
  order_id             revops_id    NOT NULL REFERENCES revops_orders (id),
  status               varchar(40)  NOT NULL,
  seq                  bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (order_id, status)
);
CREATE INDEX revops_orders_by_status_seq ON revops_orders_by_status (status, seq);

-- A return and its refund (refund_minor and currency are NULL until it is refunded).
CREATE TABLE revops_returns (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  order_id             revops_id    NOT NULL,
  status               varchar(40)  NOT NULL,
  currency             char(3),
  computed_minor       bigint,
  refund_minor         bigint,
  requested_at         timestamp with time zone NOT NULL,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL
);

-- One row per return: its order, and seq from when it was first saved for that order.
CREATE TABLE revops_returns_by_order (
  return_id            revops_id    NOT NULL REFERENCES revops_returns (id),
  order_id             revops_id    NOT NULL,
  seq                  bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (return_id, order_id)
);
CREATE INDEX revops_returns_by_order_seq ON revops_returns_by_order (order_id, seq);

CREATE TABLE revops_cases (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  account_id           revops_id    NOT NULL,
  case_type            varchar(40)  NOT NULL,
  severity             varchar(40),
  channel              varchar(40),
  status               varchar(40)  NOT NULL,
  created_at           timestamp with time zone NOT NULL,
  closed_at            timestamp with time zone,
  pending_until        timestamp with time zone,
  merged_into          revops_id,
  escalated_to         revops_id,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL
);
CREATE INDEX revops_cases_account ON revops_cases (account_id);

-- One row per case: its status, and seq from when it entered that status.
CREATE TABLE revops_cases_by_status (
  case_id              revops_id    NOT NULL REFERENCES revops_cases (id),
  status               varchar(40)  NOT NULL,
  seq                  bigint GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (case_id, status)
);
CREATE INDEX revops_cases_by_status_seq ON revops_cases_by_status (status, seq);

-- CSAT and NPS answers, append-only: one row per answer, never updated or deleted by revops. The
-- comment (free text, possibly personal data) is in body only.
CREATE TABLE revops_feedback (
  seq                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id           revops_id    NOT NULL,
  case_id              revops_id,
  kind                 varchar(10)  NOT NULL,
  score                smallint     NOT NULL,
  given_at             timestamp with time zone NOT NULL,
  body                 jsonb        NOT NULL,
  recorded_at          timestamp with time zone NOT NULL
);
CREATE INDEX revops_feedback_account ON revops_feedback (account_id, seq);
