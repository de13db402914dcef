package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.invoice.Invoice;
import dev.revops.core.id.AccountId;
import java.util.List;

/**
 * What a bill run did for one account: billed (a dry run), issued, or failed with a typed error. A
 * failure never stops the run and is never skipped silently (Kill Bill #2208). Immutable and
 * thread-safe.
 */
public sealed interface AccountOutcome {
  /**
   * Returns the account.
   *
   * @return the account
   */
  AccountId account();

  /**
   * The account was billed (possibly with no new line).
   *
   * @param account the account
   * @param result the lines and the next date
   */
  record Billed(AccountId account, BillingResult result) implements AccountOutcome {
    /** Checks the parts. */
    public Billed {
      requireNonNull(account, "account");
      requireNonNull(result, "result");
    }
  }

  /**
   * The account was billed and what was due was issued ({@link BillRun#issue}): the invoices saved,
   * one per currency, empty when nothing was due.
   *
   * @param account the account
   * @param result the lines and the next date
   * @param invoices the issued invoices
   */
  record Issued(AccountId account, BillingResult result, List<Invoice> invoices)
      implements AccountOutcome {
    /** Checks the parts and copies the invoices. */
    public Issued {
      requireNonNull(account, "account");
      requireNonNull(result, "result");
      invoices = List.copyOf(invoices);
    }
  }

  /**
   * The account could not be billed.
   *
   * @param account the account
   * @param errorType the exception's class name, e.g. {@code NotFoundException}
   * @param message the exception's message (ids only, never personal data)
   */
  record Failed(AccountId account, String errorType, String message) implements AccountOutcome {
    /** Checks the parts. */
    public Failed {
      requireNonNull(account, "account");
      requireNonNull(errorType, "errorType");
    }
  }
}
