package dev.revops.sales.marketing;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.ContactId;
import dev.revops.core.port.Locks;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides marketing contacts with the facts its ports give: exclusions, the national and company
 * do-not-call lists (looked up for calls and texts only) and the person's earlier contacts. {@link
 * #decideAndRecord} reads, decides and records an allowed contact while holding the person's lock,
 * so the frequency cap holds however many campaigns race. Thread-safe when its ports are. Logs
 * carry the contact id and rule ids only, at DEBUG.
 */
public final class MarketingGate {
  private static final Logger LOG = LoggerFactory.getLogger(MarketingGate.class);

  private final MarketingPolicy policy;
  private final MarketingExclusions exclusions;
  private final DoNotCallList nationalDnc;
  private final DoNotCallList companyDnc;
  private final MarketingSendHistory history;
  private final Locks locks;

  /**
   * Creates a gate.
   *
   * @param policy the policy
   * @param ports the ports the facts come from
   * @param locks the per-person locks (core's {@code InMemoryLocks} in one JVM)
   */
  public MarketingGate(MarketingPolicy policy, Ports ports, Locks locks) {
    this.policy = requireNonNull(policy, "policy");
    requireNonNull(ports, "ports");
    this.exclusions = ports.exclusions();
    this.nationalDnc = ports.nationalDnc();
    this.companyDnc = ports.companyDnc();
    this.history = ports.history();
    this.locks = requireNonNull(locks, "locks");
  }

  /**
   * The ports a gate reads. Immutable.
   *
   * @param exclusions collections and dispute exclusions
   * @param nationalDnc the national do-not-call registry
   * @param companyDnc the company's own do-not-call list
   * @param history the earlier marketing contacts
   */
  public record Ports(
      MarketingExclusions exclusions,
      DoNotCallList nationalDnc,
      DoNotCallList companyDnc,
      MarketingSendHistory history) {
    /** Checks every port is present. */
    public Ports {
      requireNonNull(exclusions, "exclusions");
      requireNonNull(nationalDnc, "nationalDnc");
      requireNonNull(companyDnc, "companyDnc");
      requireNonNull(history, "history");
    }

    /**
     * The embedded in-memory ports, empty.
     *
     * @return the ports
     */
    public static Ports inMemory() {
      return new Ports(
          new InMemoryMarketingExclusions(),
          new InMemoryDoNotCallList(),
          new InMemoryDoNotCallList(),
          new InMemoryMarketingSendHistory());
    }
  }

  /**
   * Decides without recording anything (a preview, an audience count).
   *
   * @param request the intended contact
   * @return the decision
   */
  public MarketingDecision decide(MarketingContactRequest request) {
    requireNonNull(request, "request");
    MarketingDecision d = policy.decide(request, facts(request));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "marketing contact {} on {}: {} {}",
          request.contact().contact(),
          request.outreach().channel(),
          d.allowed() ? "allowed" : "blocked",
          d.blockingRuleIds());
    }
    return d;
  }

  /**
   * Decides and, when allowed, records the contact in the history, holding the person's lock so the
   * frequency cap holds under concurrent callers. The caller sends only when allowed.
   *
   * @param request the intended contact
   * @return the decision
   */
  public MarketingDecision decideAndRecord(MarketingContactRequest request) {
    requireNonNull(request, "request");
    ContactId contact = request.contact().contact();
    return locks.withLock(
        "marketing-contact:" + contact.value(),
        () -> {
          MarketingDecision d = decide(request);
          if (d.allowed()) {
            history.record(contact, request.at());
          }
          return d;
        });
  }

  /**
   * Gathers what the ports say about the request's person.
   *
   * @param request the intended contact
   * @return the facts
   */
  public MarketingFacts facts(MarketingContactRequest request) {
    ContactId contact = request.contact().contact();
    Outreach o = request.outreach();
    Instant national = null;
    Instant company = null;
    if (o.isTelephone()) {
      national = nationalDnc.listedSince(o.address()).orElse(null);
      company = companyDnc.listedSince(o.address()).orElse(null);
    }
    FrequencyCap cap = policy.config().frequencyCap();
    List<Instant> sends =
        cap == null
            ? List.of()
            : history.sentBetween(
                contact, request.at().minus(cap.window()), request.at().plus(cap.window()));
    return new MarketingFacts(exclusions.exclusionsOf(contact), national, company, sends);
  }
}
