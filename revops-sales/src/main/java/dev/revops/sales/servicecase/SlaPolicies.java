package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;

/**
 * Chooses the SLA policy of a case: by the incident's severity when one is configured, else the
 * default. Immutable.
 *
 * @param defaultPolicy the policy for cases without a more specific one
 * @param bySeverity policies for incidents of a severity
 */
public record SlaPolicies(SlaPolicy defaultPolicy, Map<Severity, SlaPolicy> bySeverity) {
  /** Copies the map. */
  public SlaPolicies {
    requireNonNull(defaultPolicy, "defaultPolicy");
    bySeverity =
        bySeverity.isEmpty()
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new EnumMap<>(bySeverity));
  }

  /**
   * Returns the policy of a case.
   *
   * @param c the case
   * @return the policy
   */
  public SlaPolicy policyFor(ServiceCase c) {
    if (c.severity() != null && bySeverity.containsKey(c.severity())) {
      return bySeverity.get(c.severity());
    }
    return defaultPolicy;
  }
}
