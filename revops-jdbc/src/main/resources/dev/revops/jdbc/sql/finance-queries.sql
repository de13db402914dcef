-- query: mrr-by-month
-- MRR by month: recurring lines of invoices that are not void, each normalised to one month
-- (a yearly line counts a twelfth), summed over the lines whose service period covers the
-- month's first day; every month from the first billed one to the last.
SELECT m.month::date AS month, l.currency,
       round(sum(l.amount_minor / n.months)) / 100.0 AS mrr
FROM generate_series(
       (SELECT date_trunc('month', min(period_start)) FROM revops_invoice_lines),
       (SELECT date_trunc('month', max(period_start)) FROM revops_invoice_lines),
       interval '1 month') AS m(month)
JOIN revops_invoice_lines l ON l.period_start <= m.month AND l.period_end > m.month
JOIN revops_invoices i ON i.id = l.invoice_id AND i.status <> 'VOID'
CROSS JOIN LATERAL (
  SELECT CASE WHEN a.months > 0 THEN a.months
              ELSE (l.period_end - l.period_start) / 30.436875 END AS months
  FROM (SELECT extract(year FROM age(l.period_end, l.period_start)) * 12
             + extract(month FROM age(l.period_end, l.period_start)) AS months) a
) n
WHERE l.line_type = 'RECURRING'
GROUP BY m.month, l.currency
ORDER BY m.month, l.currency;

-- query: ar-aging
-- Accounts receivable aging: open invoices by days past due, as of the day of the latest
-- invoice (use current_date on live data).
SELECT CASE WHEN days <= 0 THEN 'current' WHEN days <= 30 THEN '1-30'
            WHEN days <= 60 THEN '31-60' WHEN days <= 90 THEN '61-90' ELSE '90+' END AS bucket,
       currency, count(*) AS invoices, sum(amount_due_minor) / 100.0 AS due
FROM (SELECT currency, amount_due_minor,
             (SELECT max(issued_on) FROM revops_invoices) - due_on AS days
      FROM revops_invoices WHERE status = 'OPEN' AND amount_due_minor > 0) open_invoices
GROUP BY 1, 2
ORDER BY min(days), currency;

-- query: contact-log
-- The collections contact log by month and channel: attempts placed, blocked by compliance and
-- dropped because a payment settled the debt, and the outcomes recorded for placed attempts
-- (right-party contacts and promises to pay among them). Months in UTC: name your books' zone.
SELECT date_trunc('month', at AT TIME ZONE 'UTC')::date AS month, channel,
       count(*) FILTER (WHERE activity_type = 'ATTEMPT_ALLOWED') AS placed,
       count(*) FILTER (WHERE activity_type = 'ATTEMPT_BLOCKED') AS blocked,
       count(*) FILTER (WHERE activity_type = 'ATTEMPT_DROPPED_SETTLED') AS dropped,
       count(*) FILTER (WHERE activity_type = 'OUTCOME') AS outcomes,
       count(*) FILTER (WHERE outcome IN ('RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY')) AS reached
FROM revops_activity_log
WHERE channel IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- query: contacts-blocked-by-rule
-- Contacts blocked by rule: the attempts compliance blocked, by rule and channel, with the
-- accounts they concern (an attempt blocked by several rules counts under each of them).
SELECT r.rule_id, a.channel, count(*) AS attempts, count(DISTINCT a.account_id) AS accounts
FROM revops_activity_log a
CROSS JOIN LATERAL jsonb_array_elements_text(a.body -> 'ruleIds') AS r(rule_id)
WHERE a.activity_type = 'ATTEMPT_BLOCKED'
GROUP BY r.rule_id, a.channel
ORDER BY attempts DESC, r.rule_id, a.channel;
