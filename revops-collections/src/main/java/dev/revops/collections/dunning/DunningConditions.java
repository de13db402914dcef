package dev.revops.collections.dunning;

import dev.revops.core.money.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When a dunning step applies (Kill Bill overdue conditions, Lago's per-currency threshold). Every
 * given condition must hold; a null or empty condition is not checked. Immutable.
 *
 * @param minAmountDue per-currency thresholds: the step applies when the open amount in some
 *     currency reaches that currency's threshold (currencies without one never qualify)
 * @param minUnpaidInvoices the least number of unpaid receivables, or null
 * @param tagsAll tags the account must all have (e.g. {@code "auto-dunning"})
 * @param tagsNone tags that exempt the account (e.g. {@code "vip"})
 * @param declineReasons the step applies only when the last payment decline reason is one of these
 */
public record DunningConditions(
    List<@NotNull Money> minAmountDue,
    @PositiveOrZero Integer minUnpaidInvoices,
    Set<@NotBlank String> tagsAll,
    Set<@NotBlank String> tagsNone,
    Set<@NotBlank String> declineReasons) {

  /** Copies the collections, turning null into empty. */
  public DunningConditions {
    minAmountDue = copy(minAmountDue);
    tagsAll = copySet(tagsAll);
    tagsNone = copySet(tagsNone);
    declineReasons = copySet(declineReasons);
  }

  /**
   * No conditions: the step always applies.
   *
   * @return the conditions
   */
  public static DunningConditions none() {
    return new DunningConditions(null, null, null, null, null);
  }

  /**
   * Conditions with only per-currency amount thresholds.
   *
   * @param thresholds one per currency
   * @return the conditions
   */
  public static DunningConditions minAmount(Money... thresholds) {
    return new DunningConditions(List.of(thresholds), null, null, null, null);
  }

  /**
   * Tells whether the conditions hold.
   *
   * @param openByCurrency the open amount per currency code
   * @param unpaidCount the number of unpaid receivables
   * @param tags the account's tags
   * @param lastDeclineReason the last decline reason, or null
   * @return true when every given condition holds
   */
  public boolean holds(
      Map<String, Money> openByCurrency,
      int unpaidCount,
      Set<String> tags,
      String lastDeclineReason) {
    if (!minAmountDue.isEmpty()) {
      boolean reached = false;
      for (Money threshold : minAmountDue) {
        Money open = openByCurrency.get(threshold.currency().getCurrencyCode());
        if (open != null && open.compareTo(threshold) >= 0) {
          reached = true;
        }
      }
      if (!reached) {
        return false;
      }
    }
    if (minUnpaidInvoices != null && unpaidCount < minUnpaidInvoices) {
      return false;
    }
    if (!tags.containsAll(tagsAll)) {
      return false;
    }
    if (tagsNone.stream().anyMatch(tags::contains)) {
      return false;
    }
    return declineReasons.isEmpty()
        || (lastDeclineReason != null && declineReasons.contains(lastDeclineReason));
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  private static <T> Set<T> copySet(Set<T> set) {
    return set == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(set));
  }
}
