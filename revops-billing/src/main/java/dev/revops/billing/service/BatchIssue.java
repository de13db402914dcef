package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.invoice.Invoice;
import dev.revops.core.id.AccountId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link BillingCycleService#issueAll} did for a batch of accounts (both maps are read-only
 * copies that keep the order of the accounts given).
 *
 * @param issued every account that was billed, in the order given, mapped to the invoices it got
 *     (an empty list when nothing was due)
 * @param failed every account whose billing could not be computed, mapped to the reason; nothing of
 *     it was written
 */
public record BatchIssue(
    Map<AccountId, List<Invoice>> issued, Map<AccountId, RuntimeException> failed) {
  /**
   * Checks the parts.
   *
   * @param issued the billed accounts and their invoices
   * @param failed the failed accounts and the reasons
   */
  public BatchIssue {
    issued = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(issued, "issued")));
    failed = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(failed, "failed")));
  }

  /**
   * Returns how many invoices the batch issued.
   *
   * @return the count
   */
  public int invoiceCount() {
    int n = 0;
    for (List<Invoice> list : issued.values()) {
      n += list.size();
    }
    return n;
  }
}
