package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.event.Changed;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.UserId;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.servicecase.CaseEvents.CaseCreated;
import dev.revops.sales.servicecase.CaseEvents.CaseEscalated;
import dev.revops.sales.servicecase.CaseEvents.CaseResponded;
import dev.revops.sales.servicecase.CaseEvents.CaseStatusChanged;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A service case: a support request, a complaint (with its channel) or an incident (with its
 * severity), in parts that change together: what it is ({@link CaseKind}), where it stands ({@link
 * CaseState}, with the status history on which SLA clocks are measured, see {@link SlaEvaluator})
 * and how it has been handled ({@link CaseHandling}). The accessors of the parts' fields ({@link
 * #status()}, {@link #firstResponseAt()}, ...) are shortcuts. Immutable and thread-safe; changes
 * return a {@link Changed} with the events.
 *
 * @param id the id
 * @param account the customer
 * @param kind the type, severity and channel
 * @param createdAt when it was created
 * @param state the status, closing, pending and merge times, and the history
 * @param handling the responses and the escalation
 * @param version the stored version
 */
public record ServiceCase(
    CaseId id,
    AccountId account,
    CaseKind kind,
    Instant createdAt,
    CaseState state,
    CaseHandling handling,
    long version)
    implements Aggregate<CaseId, ServiceCase> {

  /** Checks the parts. */
  public ServiceCase {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(kind, "kind");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(state, "state");
    requireNonNull(handling, "handling");
  }

  /**
   * Opens a case.
   *
   * @param id the id
   * @param account the customer
   * @param kind what it is (see {@link CaseKind#of}, which checks what each type needs)
   * @param at when
   * @return the case and {@link CaseCreated}
   */
  public static Changed<ServiceCase> open(CaseId id, AccountId account, CaseKind kind, Instant at) {
    CaseState state =
        new CaseState(
            CaseStatus.NEW, null, null, null, List.of(new StatusInterval(CaseStatus.NEW, at)));
    ServiceCase c = new ServiceCase(id, account, kind, at, state, CaseHandling.NONE, NEW);
    return Changed.of(
        c, new CaseCreated(EventId.forChange(id, NEW, CaseCreated.class), id, kind.type(), at));
  }

  /**
   * Opens a case.
   *
   * @param id the id
   * @param account the customer
   * @param type the type
   * @param severity the severity; required for incidents
   * @param channel the channel; required for complaints
   * @param at when
   * @return the case and {@link CaseCreated}
   * @throws InvalidInputException naming every missing field
   * @deprecated six positional values: use {@link #open(CaseId, AccountId, CaseKind, Instant)} with
   *     {@link CaseKind#of}
   */
  @Deprecated
  public static Changed<ServiceCase> open(
      CaseId id,
      AccountId account,
      CaseType type,
      Severity severity,
      CaseChannel channel,
      Instant at) {
    return open(id, account, CaseKind.of(type, severity, channel), at);
  }

  /**
   * Moves the case: OPEN, RESUME, AUTO_CLOSE, CLOSE, REOPEN (WAIT and PENDING_CLOSE go through
   * {@link #pend}, MERGE through {@link #mergeInto}).
   *
   * @param trigger the trigger
   * @param at when
   * @return the case and {@link CaseStatusChanged}
   */
  public Changed<ServiceCase> fire(CaseTrigger trigger, Instant at) {
    if (trigger == CaseTrigger.WAIT
        || trigger == CaseTrigger.PENDING_CLOSE
        || trigger == CaseTrigger.MERGE) {
      throw new IllegalArgumentException(
          trigger + " needs a time or a target: use pend or mergeInto");
    }
    return move(trigger, at, null, null);
  }

  /**
   * Puts the case in a pending state until a time: WAIT (reminder) or PENDING_CLOSE.
   *
   * @param trigger WAIT or PENDING_CLOSE
   * @param until the reminder or auto-close time, after {@code at}
   * @param at when
   * @return the case and {@link CaseStatusChanged}
   */
  public Changed<ServiceCase> pend(CaseTrigger trigger, Instant until, Instant at) {
    if (trigger != CaseTrigger.WAIT && trigger != CaseTrigger.PENDING_CLOSE) {
      throw new IllegalArgumentException("pend takes WAIT or PENDING_CLOSE, not " + trigger);
    }
    if (!until.isAfter(at)) {
      throw InvalidInputException.of("pending case", "until", "must be after now");
    }
    return move(trigger, at, until, null);
  }

  /**
   * Merges this case into another.
   *
   * @param target the surviving case
   * @param at when
   * @return the case and {@link CaseStatusChanged}
   */
  public Changed<ServiceCase> mergeInto(CaseId target, Instant at) {
    if (target.equals(id)) {
      throw InvalidInputException.of("merge", "target", "a case cannot be merged into itself");
    }
    return move(CaseTrigger.MERGE, at, null, target);
  }

  private Changed<ServiceCase> move(CaseTrigger t, Instant at, Instant until, CaseId target) {
    CaseStatus next = CaseLifecycle.MACHINE.next(status(), t);
    List<StatusInterval> h = new ArrayList<>(history());
    h.add(new StatusInterval(next, at));
    Instant closed = next == CaseStatus.CLOSED ? at : null;
    ServiceCase c = withState(new CaseState(next, closed, until, target, h));
    return Changed.of(
        c,
        new CaseStatusChanged(
            EventId.forChange(id, version, CaseStatusChanged.class), id, status(), t, next, at));
  }

  /**
   * Records an agent's response to the customer: the first one stops the first-response clock; each
   * one restarts the update clock. A NEW case becomes OPEN.
   *
   * @param at when
   * @return the case and its events
   * @throws dev.revops.core.error.IllegalTransitionException on a merged case
   */
  public Changed<ServiceCase> respond(Instant at) {
    if (status() == CaseStatus.MERGED) {
      throw new IllegalTransitionException(
          status(),
          "RESPOND",
          CaseLifecycle.MACHINE.allowedEvents(status()),
          "respond on " + mergedInto());
    }
    List<DomainEvent> events = new ArrayList<>();
    ServiceCase c = this;
    if (status() == CaseStatus.NEW) {
      Changed<ServiceCase> opened = move(CaseTrigger.OPEN, at, null, null);
      c = opened.value();
      events.addAll(opened.events());
    }
    boolean first = firstResponseAt() == null;
    ServiceCase responded =
        new ServiceCase(id, account, kind, createdAt, c.state, handling.respondedAt(at), version);
    events.add(
        new CaseResponded(EventId.forChange(id, version, CaseResponded.class), id, first, at));
    return Changed.of(responded, events);
  }

  /**
   * Escalates the case to a user (the account's owner).
   *
   * @param owner the user
   * @param at when
   * @return the case and {@link CaseEscalated}
   */
  public Changed<ServiceCase> escalate(UserId owner, Instant at) {
    ServiceCase c =
        new ServiceCase(id, account, kind, createdAt, state, handling.escalate(owner), version);
    return Changed.of(
        c, new CaseEscalated(EventId.forChange(id, version, CaseEscalated.class), id, owner, at));
  }

  private ServiceCase withState(CaseState newState) {
    return new ServiceCase(id, account, kind, createdAt, newState, handling, version);
  }

  @Override
  public ServiceCase withVersion(long newVersion) {
    return new ServiceCase(id, account, kind, createdAt, state, handling, newVersion);
  }

  // Shortcuts to the parts' fields.

  /**
   * Returns support, complaint or incident.
   *
   * @return the type, never null
   */
  public CaseType type() {
    return kind.type();
  }

  /**
   * Returns the severity.
   *
   * @return the severity (always set for incidents), or null
   */
  public Severity severity() {
    return kind.severity();
  }

  /**
   * Returns where it came in.
   *
   * @return the channel (always set for complaints), or null
   */
  public CaseChannel channel() {
    return kind.channel();
  }

  /**
   * Returns the status.
   *
   * @return the status, never null
   */
  public CaseStatus status() {
    return state.status();
  }

  /**
   * Returns when it was closed.
   *
   * @return the instant, or null while not closed
   */
  public Instant closedAt() {
    return state.closedAt();
  }

  /**
   * Returns the reminder or auto-close time while pending.
   *
   * @return the instant, or null
   */
  public Instant pendingUntil() {
    return state.pendingUntil();
  }

  /**
   * Returns the case it was merged into.
   *
   * @return the case, or null
   */
  public CaseId mergedInto() {
    return state.mergedInto();
  }

  /**
   * Returns every status entered, oldest first.
   *
   * @return the history; the first is NEW at createdAt
   */
  public List<StatusInterval> history() {
    return state.history();
  }

  /**
   * Returns the first agent response.
   *
   * @return the instant, or null
   */
  public Instant firstResponseAt() {
    return handling.firstResponseAt();
  }

  /**
   * Returns the latest agent response.
   *
   * @return the instant, or null
   */
  public Instant lastResponseAt() {
    return handling.lastResponseAt();
  }

  /**
   * Returns the user it was escalated to.
   *
   * @return the user, or null
   */
  public UserId escalatedTo() {
    return handling.escalatedTo();
  }
}
