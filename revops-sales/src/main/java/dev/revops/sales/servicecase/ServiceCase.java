package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
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
 * severity). Keeps its status history, on which SLA clocks are measured (see {@link SlaEvaluator}).
 * Immutable and thread-safe; changes return a {@link Changed} with the events.
 *
 * @param id the id
 * @param account the customer
 * @param type support, complaint or incident
 * @param severity the severity (required for incidents), or null
 * @param channel where it came in (required for complaints), or null
 * @param status the status
 * @param createdAt when it was created
 * @param firstResponseAt the first agent response, or null
 * @param lastResponseAt the latest agent response, or null
 * @param closedAt when it was closed (null while not closed)
 * @param pendingUntil the reminder or auto-close time while pending, else null
 * @param mergedInto the case it was merged into, or null
 * @param escalatedTo the user it was escalated to, or null
 * @param history every status entered, oldest first; the first is NEW at createdAt
 * @param version the stored version
 */
public record ServiceCase(
    CaseId id,
    AccountId account,
    CaseType type,
    Severity severity,
    CaseChannel channel,
    CaseStatus status,
    Instant createdAt,
    Instant firstResponseAt,
    Instant lastResponseAt,
    Instant closedAt,
    Instant pendingUntil,
    CaseId mergedInto,
    UserId escalatedTo,
    List<StatusInterval> history,
    long version)
    implements Aggregate<CaseId, ServiceCase> {

  /** Checks the parts. */
  public ServiceCase {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(type, "type");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    history = List.copyOf(history);
    if (history.isEmpty()) {
      throw new IllegalArgumentException("case " + id + ": history must start with NEW");
    }
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
   */
  public static Changed<ServiceCase> open(
      CaseId id,
      AccountId account,
      CaseType type,
      Severity severity,
      CaseChannel channel,
      Instant at) {
    List<Violation> v = new ArrayList<>();
    if (type == CaseType.INCIDENT && severity == null) {
      v.add(new Violation("severity", "an incident needs a severity"));
    }
    if (type == CaseType.COMPLAINT && channel == null) {
      v.add(new Violation("channel", "a complaint needs the channel it came through"));
    }
    if (!v.isEmpty()) {
      throw new InvalidInputException("service case", v);
    }
    ServiceCase c =
        new ServiceCase(
            id,
            account,
            type,
            severity,
            channel,
            CaseStatus.NEW,
            at,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(new StatusInterval(CaseStatus.NEW, at)),
            NEW);
    return Changed.of(
        c, new CaseCreated(EventId.forChange(id, NEW, CaseCreated.class), id, type, at));
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
    CaseStatus next = CaseLifecycle.MACHINE.next(status, t);
    List<StatusInterval> h = new ArrayList<>(history);
    h.add(new StatusInterval(next, at));
    Instant closed = next == CaseStatus.CLOSED ? at : null;
    ServiceCase c =
        new ServiceCase(
            id,
            account,
            type,
            severity,
            channel,
            next,
            createdAt,
            firstResponseAt,
            lastResponseAt,
            closed,
            until,
            target,
            escalatedTo,
            h,
            version);
    return Changed.of(
        c,
        new CaseStatusChanged(
            EventId.forChange(id, version, CaseStatusChanged.class), id, status, t, next, at));
  }

  /**
   * Records an agent's response to the customer: the first one stops the first-response clock; each
   * one restarts the update clock. A NEW case becomes OPEN.
   *
   * @param at when
   * @return the case and its events
   */
  public Changed<ServiceCase> respond(Instant at) {
    if (status == CaseStatus.MERGED) {
      throw new dev.revops.core.error.IllegalTransitionException(
          status,
          "RESPOND",
          CaseLifecycle.MACHINE.allowedEvents(status),
          "respond on " + mergedInto);
    }
    List<DomainEvent> events = new ArrayList<>();
    ServiceCase c = this;
    if (status == CaseStatus.NEW) {
      Changed<ServiceCase> opened = move(CaseTrigger.OPEN, at, null, null);
      c = opened.value();
      events.addAll(opened.events());
    }
    boolean first = firstResponseAt == null;
    ServiceCase responded =
        new ServiceCase(
            id,
            account,
            type,
            severity,
            channel,
            c.status,
            createdAt,
            first ? at : firstResponseAt,
            at,
            c.closedAt,
            c.pendingUntil,
            c.mergedInto,
            escalatedTo,
            c.history,
            version);
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
        new ServiceCase(
            id,
            account,
            type,
            severity,
            channel,
            status,
            createdAt,
            firstResponseAt,
            lastResponseAt,
            closedAt,
            pendingUntil,
            mergedInto,
            owner,
            history,
            version);
    return Changed.of(
        c, new CaseEscalated(EventId.forChange(id, version, CaseEscalated.class), id, owner, at));
  }

  @Override
  public ServiceCase withVersion(long newVersion) {
    return new ServiceCase(
        id,
        account,
        type,
        severity,
        channel,
        status,
        createdAt,
        firstResponseAt,
        lastResponseAt,
        closedAt,
        pendingUntil,
        mergedInto,
        escalatedTo,
        history,
        newVersion);
  }
}
