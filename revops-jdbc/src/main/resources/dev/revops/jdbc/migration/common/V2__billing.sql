-- revops-jdbc schema, part 2: billing (subscriptions, invoices and their lines, credit notes,
-- credit balances, payments and their gateway transactions).

CREATE TABLE revops_subscriptions (
  id              revops_id    PRIMARY KEY,
  version         bigint       NOT NULL CHECK (version >= 1),
  account_id      revops_id    NOT NULL,
  currency        char(3)      NOT NULL,
  status          varchar(40)  NOT NULL,
  start_date      date         NOT NULL,
  billing_end     date,
  body            jsonb        NOT NULL,
  updated_at      timestamp with time zone NOT NULL,
  saved_seq       bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX revops_subscriptions_account ON revops_subscriptions (account_id, saved_seq);
CREATE INDEX revops_subscriptions_status ON revops_subscriptions (status);

CREATE TABLE revops_invoices (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  account_id           revops_id    NOT NULL,
  currency             char(3)      NOT NULL,
  status               varchar(40)  NOT NULL,
  issued_on            date,
  due_on               date,
  total_minor          bigint       NOT NULL,
  amount_paid_minor    bigint       NOT NULL,
  credit_applied_minor bigint       NOT NULL,
  amount_due_minor     bigint       NOT NULL,
  -- the latest end of a line's service period (half-open), and the latest first day of a charge
  -- line on an invoice that counts (the bill run's watermark): what it reads by, so its cost does
  -- not grow with the account's age
  service_end          date,
  latest_charge_start  date,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL,
  saved_seq            bigint GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX revops_invoices_account ON revops_invoices (account_id, saved_seq);
CREATE INDEX revops_invoices_due ON revops_invoices (status, due_on);
CREATE INDEX revops_invoices_service ON revops_invoices (account_id, service_end);
CREATE INDEX revops_invoices_watermark ON revops_invoices (account_id, latest_charge_start);

-- One row per invoice line, rewritten with its invoice. billing_key is 1 on a recurring line of an
-- invoice that is not void and NULL otherwise, so the unique constraint allows one recurring
-- charge per (subscription, price, service period): a bug or a race can never bill a period twice.
-- Service periods are half-open: period_end is the first day after the period.
CREATE TABLE revops_invoice_lines (
  invoice_id      revops_id    NOT NULL REFERENCES revops_invoices (id),
  line_no         integer      NOT NULL,
  line_type       varchar(40)  NOT NULL,
  description     varchar(2000) NOT NULL,
  amount_minor    bigint       NOT NULL,
  currency        char(3)      NOT NULL,
  quantity        bigint       NOT NULL,
  period_start    date         NOT NULL,
  period_end      date         NOT NULL,
  subscription_id revops_id,
  price_id        revops_id,
  billing_key     smallint     CHECK (billing_key = 1),
  PRIMARY KEY (invoice_id, line_no),
  CONSTRAINT revops_invoice_lines_once
    UNIQUE (subscription_id, price_id, period_start, period_end, line_type, billing_key)
);

CREATE TABLE revops_credit_notes (
  id              revops_id    PRIMARY KEY,
  invoice_id      revops_id    NOT NULL REFERENCES revops_invoices (id),
  total_minor     bigint       NOT NULL,
  reduced_due_minor bigint     NOT NULL,
  remainder_minor bigint       NOT NULL,
  currency        char(3)      NOT NULL,
  remainder_to    varchar(40),
  reason          varchar(2000) NOT NULL,
  issued_on       date         NOT NULL
);
CREATE INDEX revops_credit_notes_invoice ON revops_credit_notes (invoice_id);

-- One row per account with credit (id is the account's id).
CREATE TABLE revops_credit_balances (
  id              revops_id    PRIMARY KEY,
  version         bigint       NOT NULL CHECK (version >= 1),
  balance_minor   bigint       NOT NULL,
  currency        char(3)      NOT NULL,
  body            jsonb        NOT NULL,
  updated_at      timestamp with time zone NOT NULL
);

CREATE TABLE revops_payments (
  id              revops_id    PRIMARY KEY,
  version         bigint       NOT NULL CHECK (version >= 1),
  account_id      revops_id    NOT NULL,
  invoice_id      revops_id,
  status          varchar(40)  NOT NULL,
  currency        char(3)      NOT NULL,
  amount_minor    bigint       NOT NULL,
  captured_minor  bigint       NOT NULL,
  refunded_minor  bigint       NOT NULL,
  -- set while a gateway call is unresolved (NEW, or an attempt without an answer): when it began
  unresolved_since timestamp with time zone,
  body            jsonb        NOT NULL,
  updated_at      timestamp with time zone NOT NULL
);
CREATE INDEX revops_payments_account ON revops_payments (account_id);
CREATE INDEX revops_payments_unresolved ON revops_payments (unresolved_since, id);

-- One row per gateway call of a payment, rewritten with its payment.
CREATE TABLE revops_payment_transactions (
  payment_id      revops_id    NOT NULL REFERENCES revops_payments (id),
  tx_no           integer      NOT NULL,
  idem_key        varchar(500) NOT NULL,
  tx_type         varchar(40)  NOT NULL,
  amount_minor    bigint       NOT NULL,
  currency        char(3)      NOT NULL,
  result          varchar(40),
  at              timestamp with time zone NOT NULL,
  PRIMARY KEY (payment_id, tx_no)
);

-- The sharded bill run: one row per account due in a run. Workers (threads or app instances)
-- claim batches with SELECT ... FOR UPDATE SKIP LOCKED and a lease (claimed_by, claimed_until);
-- an account is marked done in the unit of work that issues its invoices, so a worker that dies
-- leaves its accounts to the next claim once the lease runs out, and none is billed twice.
CREATE TABLE revops_bill_run_accounts (
  run_id          varchar(200) NOT NULL,
  account_id      revops_id    NOT NULL,
  claimed_by      varchar(100),
  claimed_until   timestamp with time zone,
  done_at         timestamp with time zone,
  invoices        integer,
  PRIMARY KEY (run_id, account_id)
);
CREATE INDEX revops_bill_run_open ON revops_bill_run_accounts (run_id, done_at, account_id);
