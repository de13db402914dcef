package dev.revops.sales.marketing;

import dev.revops.core.id.ContactId;
import java.util.Set;

/**
 * Port: why the host excludes a person from marketing, from its collections and dispute records (a
 * cease request, a collections block, an open dispute). revops-sales does not depend on
 * revops-collections; the host answers from it, or from any other system. Implementations must be
 * thread-safe; {@link InMemoryMarketingExclusions} is the embedded default.
 */
public interface MarketingExclusions {
  /**
   * Returns why a person is excluded.
   *
   * @param contact the person
   * @return the reasons, empty when the person may be marketed to
   */
  Set<ExclusionReason> exclusionsOf(ContactId contact);
}
