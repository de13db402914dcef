-- revops-jdbc schema, part 5: campaigns and marketing compliance (revops-sales' campaign sender and
-- marketing gate).
--
-- No address, telephone number, name or message text is stored here: the columns hold ids,
-- statuses, rule ids and instants, the bodies the same (a campaign message's activity log keeps
-- rule ids and channel codes only), and do-not-call numbers are SHA-256 digests.

-- One campaign message (campaign/step/contact) and everything that happened to it: its status and
-- attempts as columns, the message and its whole activity log (every attempt, allowed or blocked,
-- with the rules that decided, and every channel answer) in body. The index on (campaign_id, id)
-- answers a campaign's messages in id order.
CREATE TABLE revops_campaign_sends (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  campaign_id          revops_id    NOT NULL,
  step_id              revops_id    NOT NULL,
  contact_id           revops_id    NOT NULL,
  channel              varchar(40)  NOT NULL,
  status               varchar(40)  NOT NULL,
  attempts             integer      NOT NULL CHECK (attempts >= 0),
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL
);
CREATE INDEX revops_campaign_sends_campaign ON revops_campaign_sends (campaign_id, id);

-- A person's place in a campaign (id campaign/contact): when they entered it (each step's delay
-- counts from there) and when they reached its goal (converted_at, NULL until then).
CREATE TABLE revops_campaign_members (
  id                   revops_id    PRIMARY KEY,
  version              bigint       NOT NULL CHECK (version >= 1),
  campaign_id          revops_id    NOT NULL,
  contact_id           revops_id    NOT NULL,
  account_id           revops_id    NOT NULL,
  entered_at           timestamp with time zone NOT NULL,
  converted_at         timestamp with time zone,
  body                 jsonb        NOT NULL,
  updated_at           timestamp with time zone NOT NULL,
  CHECK (converted_at IS NULL OR converted_at >= entered_at)
);
CREATE INDEX revops_campaign_members_campaign ON revops_campaign_members (campaign_id, id);

-- The marketing contacts made to each person across every campaign and channel, the frequency
-- cap's history: append-only, one row per contact made (two at one instant are two rows), written
-- under the person's lock in the unit of work that decided the contact.
CREATE TABLE revops_marketing_sends (
  seq                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  contact_id           revops_id    NOT NULL,
  sent_at              timestamp with time zone NOT NULL,
  recorded_at          timestamp with time zone NOT NULL
);
CREATE INDEX revops_marketing_sends_contact ON revops_marketing_sends (contact_id, sent_at);

-- Do-not-call lists: list_name is 'national' (the host's copy of the national registry), 'company'
-- (the company's own list) or a host's own; number_hash is the SHA-256 (lower-case hex) of the
-- number as the host keeps it (E.164 recommended), so no telephone number is in a column, a query
-- parameter or a driver's error message. listed_since is the earliest listing of the number.
CREATE TABLE revops_do_not_call (
  list_name            varchar(40)  NOT NULL,
  number_hash          char(64)     NOT NULL,
  listed_since         timestamp with time zone NOT NULL,
  updated_at           timestamp with time zone NOT NULL,
  PRIMARY KEY (list_name, number_hash)
);

-- Why a person is excluded from marketing (COLLECTIONS_CEASE, COLLECTIONS_BLOCKED, OPEN_DISPUTE):
-- one row per (person, reason); lifting a reason deletes its row.
CREATE TABLE revops_marketing_exclusions (
  contact_id           revops_id    NOT NULL,
  reason               varchar(40)  NOT NULL,
  excluded_at          timestamp with time zone NOT NULL,
  PRIMARY KEY (contact_id, reason)
);
