-- revops-jdbc schema, part 4: collections (dunning cases, promises to pay, payment plans and their
-- installments, the latest amount due per debt, and the hash-chained activity log).
--
-- Instants a query filters or sorts on are stored to the microsecond (both databases hold six
-- fractional digits), rounded down, within the years 0001 to 9999; the exact value is in body.

-- One row per account in dunning (id is the account's id).
CREATE TABLE revops_dunning_cases (
  id              revops_id    PRIMARY KEY,
  version         bigint       NOT NULL CHECK (version >= 1),
  anchor          date,
  suspended       boolean      NOT NULL,
  changes_blocked boolean      NOT NULL,
  body            jsonb        NOT NULL,
  updated_at      timestamp with time zone NOT NULL
);

-- Promises to pay. Open promises are status PROMISED; resolves_at is when the deadline has passed
-- (midnight after promised_for plus grace, in the debtor's zone). made_at_nanos keeps the
-- nanoseconds below made_at's microsecond, so "oldest first" orders as the exact instants do.
CREATE TABLE revops_promises (
  id              revops_id    PRIMARY KEY,
  version         bigint       NOT NULL CHECK (version >= 1),
  account_id      revops_id    NOT NULL,
  debt_id         revops_id    NOT NULL,
  status          varchar(40)  NOT NULL,
  currency        char(3)      NOT NULL,
  amount_minor    bigint       NOT NULL,
  tolerance_minor bigint       NOT NULL,
  paid_minor      bigint       NOT NULL,
  promised_for    date         NOT NULL,
  grace_days      integer      NOT NULL,
  time_zone       varchar(100) NOT NULL,
  made_at         timestamp with time zone NOT NULL,
  made_at_nanos   smallint     NOT NULL CHECK (made_at_nanos BETWEEN 0 AND 999),
  resolves_at     timestamp with time zone NOT NULL,
  body            jsonb        NOT NULL,
  updated_at      timestamp with time zone NOT NULL
);
CREATE INDEX revops_promises_debt
  ON revops_promises (debt_id, status, made_at, made_at_nanos, id);
CREATE INDEX revops_promises_account
  ON revops_promises (account_id, status, made_at, made_at_nanos, id);
CREATE INDEX revops_promises_due ON revops_promises (status, resolves_at, id);

-- Payment plans. defaults_at is set while a plan is ACTIVE with an unpaid installment: the
-- midnight after the earliest unpaid due date plus grace, in the debtor's zone.
CREATE TABLE revops_payment_plans (
  id              revops_id    PRIMARY KEY,
  version         bigint       NOT NULL CHECK (version >= 1),
  account_id      revops_id    NOT NULL,
  status          varchar(40)  NOT NULL,
  currency        char(3)      NOT NULL,
  balance_minor   bigint       NOT NULL,
  remaining_minor bigint       NOT NULL,
  grace_days      integer      NOT NULL,
  time_zone       varchar(100) NOT NULL,
  defaults_at     timestamp with time zone,
  body            jsonb        NOT NULL,
  updated_at      timestamp with time zone NOT NULL
);
CREATE INDEX revops_payment_plans_account ON revops_payment_plans (account_id, status, id);
CREATE INDEX revops_payment_plans_default ON revops_payment_plans (status, defaults_at, id);

-- One row per installment of a plan (line_no is its place in the plan), rewritten with its plan.
CREATE TABLE revops_plan_installments (
  plan_id         revops_id    NOT NULL REFERENCES revops_payment_plans (id),
  line_no         integer      NOT NULL,
  installment_no  integer      NOT NULL,
  due_on          date         NOT NULL,
  amount_minor    bigint       NOT NULL,
  paid_minor      bigint       NOT NULL,
  currency        char(3)      NOT NULL,
  PRIMARY KEY (plan_id, line_no)
);
CREATE INDEX revops_plan_installments_due ON revops_plan_installments (due_on);

-- The debts a plan covers, in the plan's order, rewritten with its plan.
CREATE TABLE revops_plan_debts (
  plan_id         revops_id    NOT NULL REFERENCES revops_payment_plans (id),
  debt_no         integer      NOT NULL,
  debt_id         revops_id    NOT NULL,
  PRIMARY KEY (plan_id, debt_no)
);
CREATE INDEX revops_plan_debts_debt ON revops_plan_debts (debt_id);

-- What is owed on a debt now, as the host last reported it (the contact gate's latest-payment
-- check reads it before every contact).
CREATE TABLE revops_payment_status (
  debt_id          revops_id   PRIMARY KEY,
  amount_due_minor bigint      NOT NULL,
  currency         char(3)     NOT NULL,
  updated_at       timestamp with time zone NOT NULL
);

-- The append-only activity log. Entries are never updated or deleted by revops. Each account's
-- entries form a hash chain: chain_no counts them from 1, prev_hash is the entry_hash of the
-- account's previous entry (64 zeros for the first) and entry_hash is the SHA-256 of prev_hash and
-- the entry's content, so a changed, removed or reordered row is found by recomputing the chain.
-- seq is the append order of the whole log.
CREATE TABLE revops_activity_log (
  seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id              revops_id    NOT NULL,
  account_id      revops_id    NOT NULL,
  chain_no        bigint       NOT NULL CHECK (chain_no >= 1),
  debt_id         revops_id    NOT NULL,
  contact_id      revops_id,
  channel         varchar(40),
  activity_type   varchar(40)  NOT NULL,
  outcome         varchar(40),
  attempt_id      revops_id,
  at              timestamp with time zone NOT NULL,
  body            jsonb        NOT NULL,
  appended_at     timestamp with time zone NOT NULL,
  prev_hash       char(64)     NOT NULL,
  entry_hash      char(64)     NOT NULL,
  CONSTRAINT revops_activity_log_id_unique UNIQUE (id),
  CONSTRAINT revops_activity_log_chain_unique UNIQUE (account_id, chain_no)
);
CREATE INDEX revops_activity_log_debt ON revops_activity_log (debt_id, seq);

-- The head of each account's chain: how many entries it has and the last one's hash. An append
-- locks this row (SELECT ... FOR UPDATE) until its transaction ends, so appends for one account
-- are serialised across every instance of the host and the chain never forks.
CREATE TABLE revops_activity_heads (
  account_id      revops_id    PRIMARY KEY,
  last_no         bigint       NOT NULL CHECK (last_no >= 0),
  last_hash       char(64)     NOT NULL,
  updated_at      timestamp with time zone NOT NULL
);
