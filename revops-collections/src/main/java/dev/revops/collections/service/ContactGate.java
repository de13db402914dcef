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
import dev.revops.core.port.Locks;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.service.Aggregates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one door every debt contact goes through. For each intended contact it (1) checks the latest
 * payment through {@link PaymentStatusPort} and drops a collection contact when the debt is
 * settled, (2) builds the debt request with the contacts already placed for the debt (from the
 * activity log) and asks the compliance policy, (3) logs the attempt, allowed or blocked, with the
 * rules that decided. Outcomes of allowed attempts are logged with {@link #recordOutcome}.
 *
 * <p>Each call reads only the debt's own history (one {@link ActivityLog#forDebt} read per attempt;
 * an outcome finds its attempt by id, then reads that debt's history) and holds the debt's lock
 * through the {@link Locks} port (subject {@link #lockSubject(ReceivableId) "debtor:" + debt id})
 * while it reads, decides and appends in one {@link UnitOfWork}, which commits before the lock is
 * released. So a rule over the history (the Reg F 7-in-7 call limit, the quiet period after a
 * conversation, every frequency rule) holds across any number of gates, in one process or many,
 * that share one activity log and one {@code Locks}; other debts proceed in parallel. A host that
 * wraps a gate call in its own unit of work must take the debt's lock before it opens that unit of
 * work (as {@link DunningDispatcher} does), or the lock is released before the commit. The debt id
 * is in the logging context under {@code revops.receivable}. Thread-safe when its ports are.
 */
public final class ContactGate {
  /** The aggregate whose id the logging context holds: {@code revops.receivable}. */
  public static final String TYPE_NAME = "Receivable";

  private static final Logger LOG = LoggerFactory.getLogger(ContactGate.class);

  private final ContactPolicy<DebtContactRequest> policy;
  private final ActivityLog log;
  private final PaymentStatusPort payments;
  private final IdGenerator ids;
  private final UnitOfWork work;
  private final Locks locks;

  /**
   * Creates a gate that serialises on locks of its own and appends without a unit of work: the
   * rules hold for the calls through this one gate only. For a host with several gates or several
   * application instances, give them one shared {@link Locks} with {@link
   * #ContactGate(ContactPolicy, ActivityLog, PaymentStatusPort, IdGenerator, UnitOfWork, Locks)}.
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
    this(policy, log, payments, ids, UnitOfWork.direct(), new InMemoryLocks());
  }

  /**
   * Creates the gate.
   *
   * @param policy the compliance policy (see {@link CollectionsContactPolicy}); never null
   * @param log the activity log, shared by every gate of the host; never null
   * @param payments the latest payment status; never null
   * @param ids generates activity ids (unique across the host's instances); never null
   * @param work the unit of work each decision's read and append run in; never null
   * @param locks the per-debt locks, shared by every gate over the same log; never null
   */
  public ContactGate(
      ContactPolicy<DebtContactRequest> policy,
      ActivityLog log,
      PaymentStatusPort payments,
      IdGenerator ids,
      UnitOfWork work,
      Locks locks) {
    this.policy = requireNonNull(policy, "policy");
    this.log = requireNonNull(log, "log");
    this.payments = requireNonNull(payments, "payments");
    this.ids = requireNonNull(ids, "ids");
    this.work = requireNonNull(work, "work");
    this.locks = requireNonNull(locks, "locks");
  }

  /**
   * The {@link Locks} subject a debt's contact decisions serialise on: {@code "debtor:"} and the
   * debt's id (an id only, never personal data).
   *
   * @param debt the debt (never null)
   * @return the subject
   */
  public static String lockSubject(ReceivableId debt) {
    return "debtor:" + requireNonNull(debt, "debt").value();
  }

  /** Runs a step in the gate's unit of work. */
  <T> T inUnitOfWork(Supplier<T> step) {
    return work.inTransaction(step);
  }

  /**
   * Runs a step under the debt's lock, in one unit of work that commits before the lock is freed.
   */
  <T> T serialised(ReceivableId debt, Supplier<T> step) {
    return locks.withLock(lockSubject(debt), () -> work.inTransaction(step));
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
        TYPE_NAME, intent.debt(), () -> serialised(intent.debt(), () -> decide(intent)));
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
    requireNonNull(at, "at");
    // an index lookup to learn the debt; the attempt is read again under the debt's lock
    ReceivableId debt =
        log.find(attemptId)
            .filter(Activity::isPlacedAttempt)
            .orElseThrow(() -> new NotFoundException("contact attempt", attemptId))
            .debt();
    return Aggregates.inContext(
        TYPE_NAME,
        debt,
        () ->
            serialised(
                debt,
                () -> {
                  Activity attempt =
                      log.forDebt(debt).stream()
                          .filter(a -> a.id().equals(attemptId) && a.isPlacedAttempt())
                          .findFirst()
                          .orElseThrow(() -> new NotFoundException("contact attempt", attemptId));
                  return appendOutcome(attempt, outcome, at, note);
                }));
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
