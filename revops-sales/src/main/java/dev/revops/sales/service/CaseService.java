package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.party.Account;
import dev.revops.core.port.AccountRepository;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.port.AccountValuation;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.servicecase.CaseChannel;
import dev.revops.sales.servicecase.CaseKind;
import dev.revops.sales.servicecase.CaseStatus;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.EscalationPolicy;
import dev.revops.sales.servicecase.Feedback;
import dev.revops.sales.servicecase.FeedbackSummary;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.sales.servicecase.Severity;
import dev.revops.sales.servicecase.SlaClock;
import dev.revops.sales.servicecase.SlaEvaluator;
import dev.revops.sales.servicecase.SlaPolicies;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens and works service cases through the ports: escalates incidents on high-value accounts to
 * the account's owner, moves cases, runs the pending timers (reminders and auto-close), reports SLA
 * breaches, and records feedback on accounts. Each use case is one unit of work (the case and its
 * events commit together); {@link #runTimers()} gives each due case its own, so one failure leaves
 * the cases before it done and the rest due for the next run. Thread-safe when its ports are. Logs
 * ids only.
 */
public final class CaseService {
  private static final Logger LOG = LoggerFactory.getLogger(CaseService.class);

  private final CaseRepository cases;
  private final AccountRepository accounts;
  private final AccountValuation valuation;
  private final FeedbackLog feedback;
  private final Aggregates aggregates;
  private final IdGenerator ids;
  private final Clock clock;
  private final SlaPolicies slas;
  private final EscalationPolicy escalation;

  /**
   * Creates the service on the embedded unit of work and outbox ({@link SalesContext#embedded}).
   *
   * @param cases the case store
   * @param accounts the account store (for owners)
   * @param valuation account values, for escalation
   * @param feedback the feedback log
   * @param events where events go after each commit
   * @param ids makes new ids
   * @param clock the clock
   * @param slas the SLA policies
   * @param escalation when incidents escalate
   * @deprecated give the unit of work and outbox: {@link #CaseService(SalesStores, SalesContext,
   *     SlaPolicies, EscalationPolicy)}
   */
  @Deprecated
  public CaseService(
      CaseRepository cases,
      AccountRepository accounts,
      AccountValuation valuation,
      FeedbackLog feedback,
      EventPublisher events,
      IdGenerator ids,
      Clock clock,
      SlaPolicies slas,
      EscalationPolicy escalation) {
    this(
        cases,
        accounts,
        valuation,
        feedback,
        SalesContext.embedded(events, ids, clock),
        slas,
        escalation);
  }

  /**
   * Creates the service over the cases, accounts, valuation and feedback log of a set of stores.
   *
   * @param stores the stores
   * @param context the unit of work, outbox, ids and clock
   * @param slas the SLA policies
   * @param escalation when incidents escalate
   */
  public CaseService(
      SalesStores stores, SalesContext context, SlaPolicies slas, EscalationPolicy escalation) {
    this(
        requireNonNull(stores, "stores").cases(),
        stores.accounts(),
        stores.valuation(),
        stores.feedback(),
        context,
        slas,
        escalation);
  }

  private CaseService(
      CaseRepository cases,
      AccountRepository accounts,
      AccountValuation valuation,
      FeedbackLog feedback,
      SalesContext context,
      SlaPolicies slas,
      EscalationPolicy escalation) {
    this.cases = requireNonNull(cases, "cases");
    this.accounts = requireNonNull(accounts, "accounts");
    this.valuation = requireNonNull(valuation, "valuation");
    this.feedback = requireNonNull(feedback, "feedback");
    this.aggregates = requireNonNull(context, "context").aggregates();
    this.ids = context.ids();
    this.clock = context.clock();
    this.slas = requireNonNull(slas, "slas");
    this.escalation = requireNonNull(escalation, "escalation");
  }

  /**
   * Opens a case; an incident on a high-value account is escalated to the account's owner at once.
   *
   * @param account the customer
   * @param type the type
   * @param severity the severity (incidents)
   * @param channel the channel (complaints)
   * @return the stored case
   */
  public ServiceCase open(
      AccountId account, CaseType type, Severity severity, CaseChannel channel) {
    Instant now = clock.instant();
    Account acc = accounts.get(account);
    Changed<ServiceCase> c =
        ServiceCase.open(ids.next(CaseId::of), account, CaseKind.of(type, severity, channel), now);
    if (type == CaseType.INCIDENT) {
      Money value = valuation.valueOf(account).orElse(null);
      if (escalation.escalates(severity, value)) {
        if (acc.owner() != null) {
          c = c.then(x -> x.escalate(acc.owner(), now));
        } else {
          LOG.warn("incident on high-value account {} has no owner to escalate to", account);
        }
      }
    }
    return aggregates.create(cases, c).value();
  }

  /**
   * Records an agent's response.
   *
   * @param id the case
   * @return the stored case
   */
  public ServiceCase respond(CaseId id) {
    return change(id, c -> c.respond(clock.instant()));
  }

  /**
   * Fires OPEN, RESUME, CLOSE or REOPEN.
   *
   * @param id the case
   * @param trigger the trigger
   * @return the stored case
   */
  public ServiceCase fire(CaseId id, CaseTrigger trigger) {
    return change(id, c -> c.fire(trigger, clock.instant()));
  }

  /**
   * Puts a case in pending reminder or pending close until a time.
   *
   * @param id the case
   * @param trigger WAIT or PENDING_CLOSE
   * @param until the reminder or auto-close time
   * @return the stored case
   */
  public ServiceCase pend(CaseId id, CaseTrigger trigger, Instant until) {
    return change(id, c -> c.pend(trigger, until, clock.instant()));
  }

  /**
   * Merges a case into another.
   *
   * @param id the case that goes
   * @param into the case that stays
   * @return the stored, merged case
   */
  public ServiceCase merge(CaseId id, CaseId into) {
    return aggregates.inTransaction(
        () -> {
          cases.get(into);
          return change(id, c -> c.mergeInto(into, clock.instant()));
        });
  }

  /**
   * Runs the pending timers: pending-close cases whose time came are closed, pending-reminder cases
   * whose reminder came are opened again.
   *
   * @return the cases changed
   */
  public List<ServiceCase> runTimers() {
    Instant now = clock.instant();
    List<ServiceCase> changed = new ArrayList<>();
    List<ServiceCase> pending = new ArrayList<>(cases.findByStatus(CaseStatus.PENDING_CLOSE));
    pending.addAll(cases.findByStatus(CaseStatus.PENDING_REMINDER));
    for (ServiceCase c : pending) {
      if (c.pendingUntil() == null || c.pendingUntil().isAfter(now)) {
        continue;
      }
      if (c.status() == CaseStatus.PENDING_CLOSE) {
        changed.add(change(c.id(), x -> x.fire(CaseTrigger.AUTO_CLOSE, now)));
      } else if (c.status() == CaseStatus.PENDING_REMINDER) {
        changed.add(change(c.id(), x -> x.fire(CaseTrigger.RESUME, now)));
      }
    }
    return changed;
  }

  /**
   * Evaluates a case's SLA clocks now.
   *
   * @param id the case
   * @return the clocks
   */
  public List<SlaClock> sla(CaseId id) {
    ServiceCase c = cases.get(id);
    return SlaEvaluator.evaluate(c, slas.policyFor(c), clock.instant());
  }

  /**
   * Records a feedback answer on its account.
   *
   * @param answer the answer
   */
  public void recordFeedback(Feedback answer) {
    requireNonNull(answer, "answer");
    aggregates
        .work()
        .run(
            () -> {
              accounts.get(answer.account());
              feedback.record(answer);
            });
  }

  /**
   * Summarises an account's feedback.
   *
   * @param account the account
   * @return CSAT and NPS
   */
  public FeedbackSummary feedbackSummary(AccountId account) {
    return FeedbackSummary.of(feedback.forAccount(account));
  }

  private ServiceCase change(CaseId id, Function<ServiceCase, Changed<ServiceCase>> f) {
    return aggregates.change(cases, id, f).value();
  }
}
