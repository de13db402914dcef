package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.compliance.ContactAttempt;
import dev.revops.collections.compliance.ContactKind;
import dev.revops.collections.compliance.DebtContactRequest;
import dev.revops.collections.compliance.DebtFacts;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.compliance.IntendedContact;
import dev.revops.collections.port.ActivityLog;
import dev.revops.collections.port.PaymentStatusPort;
import dev.revops.core.consent.ContactDecision;
import dev.revops.core.consent.ContactOutcome;
import dev.revops.core.consent.ContactPolicy;
import dev.revops.core.consent.RuleOutcome;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
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
 *
 * <p>Each call reads only the debt's own history (one {@link ActivityLog#forDebt} read per attempt,
 * one {@link ActivityLog#find} per outcome) and holds a lock for that debt only, so a rule over the
 * history (call frequency, quiet period) is read, decided and appended in one step per debt while
 * other debts proceed in parallel. The lock is in this instance: hosts with several app instances
 * serialise per debt themselves. The debt id is in the logging context under {@code
 * revops.receivable}. Thread-safe when its ports are.
 */
public final class ContactGate {
  /** The aggregate whose id the logging context holds: {@code revops.receivable}. */
  public static final String TYPE_NAME = "Receivable";

  private static final Logger LOG = LoggerFactory.getLogger(ContactGate.class);
  private static final int LOCK_STRIPES = 64;

  private final ContactPolicy<DebtContactRequest> policy;
  private final ActivityLog log;
  private final PaymentStatusPort payments;
  private final IdGenerator ids;
  private final Object[] locks = new Object[LOCK_STRIPES];

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
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  private Object lockFor(ReceivableId debt) {
    return locks[Math.floorMod(debt.hashCode(), locks.length)];
  }

  /**
   * Decides on an intended contact and logs the attempt.
   *
   * @param intent the intended contact
   * @return allowed, blocked (with the rules) or dropped because settled
   */
  public GateResult attempt(IntendedContact intent) {
    requireNonNull(intent, "intent");
    return Aggregates.inContext(
        TYPE_NAME,
        intent.debt(),
        () -> {
          synchronized (lockFor(intent.debt())) {
            return decide(intent);
          }
        });
  }

  private GateResult decide(IntendedContact intent) {
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
    List<Activity> entries = log.forDebt(intent.debt());
    DebtContactRequest request =
        intent.toRequest(effectiveFacts(intent.facts(), entries), placed(entries));
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
  public Activity recordOutcome(String attemptId, ContactOutcome outcome, Instant at, String note) {
    requireNonNull(attemptId, "attemptId");
    requireNonNull(outcome, "outcome");
    Activity attempt =
        log.find(attemptId)
            .filter(Activity::isPlacedAttempt)
            .orElseThrow(() -> new NotFoundException("contact attempt", attemptId));
    return Aggregates.inContext(
        TYPE_NAME,
        attempt.debt(),
        () -> {
          synchronized (lockFor(attempt.debt())) {
            return appendOutcome(attempt, outcome, at, note);
          }
        });
  }

  private Activity appendOutcome(
      Activity attempt, ContactOutcome outcome, Instant at, String note) {
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
            attempt.id(),
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
    return placed(log.forDebt(debt));
  }

  private static List<ContactAttempt> placed(List<Activity> entries) {
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
  private static DebtFacts effectiveFacts(DebtFacts f, List<Activity> entries) {
    if (f.dispute() != DisputeStatus.NONE) {
      return f;
    }
    for (Activity a : entries) {
      if (a.type() == ActivityType.OUTCOME && a.outcome() == ContactOutcome.DISPUTE) {
        return f.withDispute(DisputeStatus.DISPUTED);
      }
    }
    return f;
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
