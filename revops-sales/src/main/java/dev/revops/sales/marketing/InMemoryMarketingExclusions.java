package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.ContactId;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded {@link MarketingExclusions}: reasons per person in a concurrent map. Thread-safe.
 */
public final class InMemoryMarketingExclusions implements MarketingExclusions {
  private final ConcurrentHashMap<ContactId, Set<ExclusionReason>> reasons =
      new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryMarketingExclusions() {}

  /**
   * Excludes a person for a reason.
   *
   * @param contact the person
   * @param reason why
   */
  public void exclude(ContactId contact, ExclusionReason reason) {
    change(contact, reason, true);
  }

  /**
   * Lifts one reason (a dispute resolved, a block lifted).
   *
   * @param contact the person
   * @param reason the reason lifted
   */
  public void lift(ContactId contact, ExclusionReason reason) {
    change(contact, reason, false);
  }

  /** Adds or removes one reason atomically; a person left without reasons is dropped. */
  private void change(ContactId contact, ExclusionReason reason, boolean excluded) {
    requireNonNull(contact, "contact");
    requireNonNull(reason, "reason");
    reasons.compute(
        contact,
        (k, v) -> {
          Set<ExclusionReason> s = EnumSet.noneOf(ExclusionReason.class);
          if (v != null) {
            s.addAll(v);
          }
          if (excluded) {
            s.add(reason);
          } else {
            s.remove(reason);
          }
          return s.isEmpty() ? null : Set.copyOf(s);
        });
  }

  @Override
  public Set<ExclusionReason> exclusionsOf(ContactId contact) {
    return reasons.getOrDefault(requireNonNull(contact, "contact"), Set.of());
  }
}
