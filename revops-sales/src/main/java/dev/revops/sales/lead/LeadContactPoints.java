package dev.revops.sales.lead;

import dev.revops.core.consent.ConsentRecord;
import java.util.List;

/**
 * How a lead can be reached: the normalised e-mail (lower case) and phone (E.164), and the consent
 * collected with its captures. Personal data: never logged. Immutable and thread-safe; a null
 * {@code consents} becomes empty.
 *
 * @param email normalised e-mail, or null
 * @param phone E.164 phone, or null
 * @param consents consent records collected with captures, oldest first
 */
public record LeadContactPoints(String email, String phone, List<ConsentRecord> consents)
    implements ReachFields {

  /** Copies the consents (null becomes empty). */
  public LeadContactPoints {
    consents = consents == null ? List.of() : List.copyOf(consents);
  }
}
