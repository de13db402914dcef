package dev.revops.sales.marketing;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: a do-not-call list: the national registry (a copy the host refreshes; 47 CFR 64.1200(c)(2)
 * asks for one no older than 31 days) or the company's own list (64.1200(d)). Implementations must
 * be thread-safe; {@link InMemoryDoNotCallList} is the embedded default.
 */
public interface DoNotCallList {
  /**
   * Returns since when a number is on the list.
   *
   * @param number the phone number, in the form the host keeps (E.164 recommended); personal data,
   *     never logged
   * @return when it was listed, empty when it is not
   */
  Optional<Instant> listedSince(String number);
}
