package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.util.Set;

/**
 * When an incident escalates to the account's owner (the salesperson of a high-value account): the
 * account's value (as the host's {@code AccountValuation} reports it) is at least the threshold in
 * the threshold's currency, and the severity is one of the escalating ones. Immutable.
 *
 * @param highValueThreshold the least account value that counts as high (e.g. monthly revenue)
 * @param severities the incident severities that escalate
 */
public record EscalationPolicy(Money highValueThreshold, Set<Severity> severities) {
  /** Copies the set. */
  public EscalationPolicy {
    requireNonNull(highValueThreshold, "highValueThreshold");
    severities = Set.copyOf(severities);
  }

  /**
   * Tells whether an incident of a severity on an account of a value escalates.
   *
   * @param severity the severity
   * @param accountValue the account's value, or null when unknown
   * @return true when it escalates; a value in another currency never does
   */
  public boolean escalates(Severity severity, Money accountValue) {
    return severity != null
        && severities.contains(severity)
        && accountValue != null
        && accountValue.isSameCurrency(highValueThreshold)
        && !accountValue.isLessThan(highValueThreshold);
  }
}
