package dev.revops.collections.aging;

import static java.util.Objects.requireNonNull;

import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days past due in the debtor's time zone: the debtor's local date at an instant, minus the due
 * date. A receivable due on the 10th is 1 day past due from 00:00 on the 11th in the debtor's zone,
 * whatever the server's zone. Stateless and thread-safe.
 */
public final class Aging {
  private Aging() {}

  /**
   * Returns the debtor's local date at an instant.
   *
   * @param at the instant
   * @param debtorZone the debtor's zone
   * @return the local date
   */
  public static LocalDate debtorDate(Instant at, ZoneId debtorZone) {
    return requireNonNull(at, "at").atZone(requireNonNull(debtorZone, "debtorZone")).toLocalDate();
  }

  /**
   * Returns how many days past due a receivable is at an instant in the debtor's zone.
   *
   * @param receivable the receivable
   * @param at the instant
   * @param debtorZone the debtor's zone
   * @return days past due; zero when not due yet or settled
   */
  public static long daysPastDue(Receivable receivable, Instant at, ZoneId debtorZone) {
    return requireNonNull(receivable, "receivable").daysPastDue(debtorDate(at, debtorZone));
  }
}
