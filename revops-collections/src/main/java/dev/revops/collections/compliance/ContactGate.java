package dev.revops.collections.compliance;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.activity.ContactOutcome;
import dev.revops.collections.port.ActivityLog;
import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.core.consent.ContactDecision;
import dev.revops.core.consent.ContactPolicy;
import dev.revops.core.consent.ContactRequest;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.IdGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door every debt contact goes through. For each intended contact it (1) checks the latest
 * payment through {@link PaymentStatusPort} and drops a collection contact when the debt is
 * settled, (2) builds the debt request with the contacts already placed for the debt (from the
 * activity log) and asks the compliance policy, (3) logs the attempt, allowed or blocked, with the
 * rules that decided. Outcomes of allowed attempts are logged with {@link #recordOutcome}.
 * Thread-safe when its ports are; callers serialise attempts for the same debt.
 */
public final class ContactGate {
  private static final Logger LOG = LoggerFactory.getLogger(ContactGate.class);

  private final ContactPolicy<DebtContactRequest> policy;
  private final ActivityLog log;
  private final PaymentStatusPort payments;
  private final IdGenerator ids;

  /**
   * Creates the gate.
   *
   * @param policy the compliance policy (see {@link CollectionsContactPolicy})
   * @param log the activity log
   * @param payments the latest payment status
   * @param ids generates activity ids
   */
  public ContactGate(
      ContactPolicy<DebtContactRequest> policy,
      ActivityLog log,
      PaymentStatusPort payments,
      IdGenerator ids) {
    this.policy = requireNonNull(policy, "policy");
    this.log = requireNonNull(log, "log");
    this.payments = requireNonNull(payments, "payments");
    this.ids = requireNonNull(ids, "ids");
  }

  /**
   * Decides on an intended contact and logs the attempt.
   *
   * @param intent the intended contact
   * @return allowed, blocked (with the rules) or dropped because settled
   */
  public synchronized GateResult attempt(IntendedContact intent) {
    requireNonNull(intent, "intent");
    if (intent.kind() == ContactKind.COLLECTION) {
      Optional<Money> due = payments.latestAmountDue(intent.debt());
      if (due.isPresent() && !due.get().isPositive()) {
        Activity dropped =
            entry(
                intent,
                ActivityType.ATTEMPT_DROPPED_SETTLED,
                List.of(),
                "settled-per-latest-payment");
        log.append(dropped);
        LOG.info("contact dropped: debt={} settled per latest payment", intent.debt());
        return new GateResult(GateResult.Status.DROPPED_SETTLED, null, dropped);
      }
    }
    DebtContactRequest request =
        new DebtContactRequest(
            new ContactRequest(
                intent.preferences(),
                intent.zones(),
                intent.channel(),
                intent.at(),
                ContactRequest.Purpose.COLLECTION),
            intent.account(),
            intent.debt(),
            effectiveFacts(intent),
            history(intent.debt()),
            intent.kind());
    ContactDecision decision = policy.decide(request);
    Activity entry;
    if (decision.allowed()) {
      List<String> deciding =
          decision.outcomes().stream()
              .filter(o -> o.verdict() == RuleOutcome.Verdict.ALLOW)
              .map(RuleOutcome::ruleId)
              .toList();
      entry = entry(intent, ActivityType.ATTEMPT_ALLOWED, deciding, intent.kind().name());
    } else {
      entry =
          entry(
              intent,
              ActivityType.ATTEMPT_BLOCKED,
              decision.blockingRuleIds(),
              intent.kind().name());
    }
    log.append(entry);
    LOG.info(
        "contact {}: debt={} channel={} rules={}",
        decision.allowed() ? "allowed" : "blocked",
        intent.debt(),
        intent.channel(),
        decision.allowed() ? "-" : decision.blockingRuleIds());
    return new GateResult(
        decision.allowed() ? GateResult.Status.ALLOWED : GateResult.Status.BLOCKED,
        decision,
        entry);
  }

  /**
   * Logs the outcome of an allowed attempt.
   *
   * @param attemptId the attempt's activity id
   * @param outcome what came of it
   * @param at when
   * @param note a short code without personal data, may be empty
   * @return the logged entry
   */
  public synchronized Activity recordOutcome(
      String attemptId, ContactOutcome outcome, Instant at, String note) {
    requireNonNull(outcome, "outcome");
    Activity attempt =
        log.all().stream()
            .filter(a -> a.id().equals(attemptId) && a.isPlacedAttempt())
            .findFirst()
            .orElseThrow(() -> new NotFoundException("contact attempt", attemptId));
    Activity entry =
        new Activity(
            ids.nextId(),
            at,
            attempt.account(),
            attempt.debt(),
            attempt.contact(),
            attempt.channel(),
            ActivityType.OUTCOME,
            outcome,
            attemptId,
            List.of(),
            note);
    log.append(entry);
    return entry;
  }

  /**
   * Returns the contacts placed for a debt, each marked when it led to a conversation.
   *
   * @param debt the debt
   * @return the placed attempts in log order
   */
  public List<ContactAttempt> history(ReceivableId debt) {
    List<Activity> entries = log.forDebt(debt);
    Set<String> conversations = new HashSet<>();
    for (Activity a : entries) {
      if (a.type() == ActivityType.OUTCOME && a.outcome().isConversation()) {
        conversations.add(a.attemptId());
      }
    }
    List<ContactAttempt> placed = new ArrayList<>();
    for (Activity a : entries) {
      if (a.isPlacedAttempt()) {
        placed.add(new ContactAttempt(a.channel(), a.at(), conversations.contains(a.id())));
      }
    }
    return placed;
  }

  /**
   * A dispute recorded as a contact outcome holds the debt even before the host updates its facts:
   * the facts say NONE but the log says DISPUTE, so the debt is treated as disputed.
   */
  private DebtFacts effectiveFacts(IntendedContact intent) {
    DebtFacts f = intent.facts();
    if (f.dispute() != DisputeStatus.NONE) {
      return f;
    }
    boolean disputedInLog =
        log.forDebt(intent.debt()).stream()
            .anyMatch(
                a -> a.type() == ActivityType.OUTCOME && a.outcome() == ContactOutcome.DISPUTE);
    return disputedInLog ? f.withDispute(DisputeStatus.DISPUTED) : f;
  }

  private Activity entry(IntendedContact i, ActivityType type, List<String> rules, String note) {
    return new Activity(
        ids.nextId(),
        i.at(),
        i.account(),
        i.debt(),
        i.preferences().contact(),
        i.channel(),
        type,
        null,
        null,
        rules,
        note);
  }
}
