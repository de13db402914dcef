package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one generation produced: the new lines (nothing already billed) and the next date anything
 * is due. Immutable and thread-safe.
 *
 * @param account the account
 * @param lines the new lines, possibly in several currencies
 * @param nextDate the next date something is due, or null when nothing ever is
 */
public record BillingResult(AccountId account, List<InvoiceLine> lines, LocalDate nextDate) {
  /** Copies the lines. */
  public BillingResult {
    requireNonNull(account, "account");
    lines = List.copyOf(lines);
  }

  /**
   * Returns the next date anything is due.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> next() {
    return Optional.ofNullable(nextDate);
  }

  /**
   * Groups the lines by currency (one invoice per currency).
   *
   * @return the lines per currency, in first-seen order
   */
  public Map<Currency, List<InvoiceLine>> byCurrency() {
    Map<Currency, List<InvoiceLine>> out = new LinkedHashMap<>();
    for (InvoiceLine l : lines) {
      out.computeIfAbsent(l.amount().currency(), c -> new java.util.ArrayList<>()).add(l);
    }
    return out;
  }

  /**
   * Returns the total of the lines in one currency.
   *
   * @param currency the currency
   * @return the sum
   */
  public Money total(Currency currency) {
    Money sum = Money.zero(currency);
    for (InvoiceLine l : lines) {
      if (l.amount().currency().equals(currency)) {
        sum = sum.plus(l.amount());
      }
    }
    return sum;
  }
}
