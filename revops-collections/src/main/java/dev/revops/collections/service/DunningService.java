package dev.revops.collections.service;

import static java.util.Objects.requireNonNull;

import dev.revops.collections.dunning.DunningCase;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningEvaluator;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.service.Aggregates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs dunning for an account: loads its state, evaluates, saves with the expected version and
 * appends the alerts to the outbox, in one unit of work through core's {@link Aggregates} (the
 * account id is in the logging context under {@code revops.dunningCase}). Contact actions in the
 * result still go through the {@link ContactGate} (latest payment check and compliance) before
 * anyone is contacted. Immutable; thread-safe when its ports are.
 */
public final class DunningService {
  /** The aggregate's type name, for the logging context key {@code revops.dunningCase}. */
  public static final String TYPE_NAME = "DunningCase";

  private static final Logger LOG = LoggerFactory.getLogger(DunningService.class);

  private final Repository<AccountId, DunningCase> cases;
  private final Aggregates aggregates;

  /**
   * Creates the service.
   *
   * @param cases where dunning states are stored, keyed by account (never null)
   * @param aggregates the unit of work and the outbox each run commits through (never null)
   */
  public DunningService(Repository<AccountId, DunningCase> cases, Aggregates aggregates) {
    this.cases = requireNonNull(cases, "cases");
    this.aggregates = requireNonNull(aggregates, "aggregates");
  }

  /**
   * Creates a service without a unit of work: the save and the publish are two steps, and a
   * publisher failure after the save loses the alerts.
   *
   * @param cases where dunning states are stored, keyed by account (never null)
   * @param events where alerts go (never null)
   * @deprecated give a unit of work and an outbox: {@link #DunningService(Repository, Aggregates)}
   */
  @Deprecated
  public DunningService(Repository<AccountId, DunningCase> cases, EventPublisher events) {
    this(cases, new Aggregates(UnitOfWork.direct(), requireNonNull(events, "events")));
  }

  /**
   * Evaluates an account's dunning now and stores the result with its alerts, in one unit of work
   * (joining one the caller runs). A run that changes nothing saves nothing.
   *
   * @param facts the account's facts (never null)
   * @param policy the ladder (never null)
   * @param now the instant (never null)
   * @return the evaluation (actions due now and the next instant) with the stored state
   */
  public DunningEvaluation run(DunningFacts facts, DunningPolicy policy, Instant now) {
    requireNonNull(facts, "facts");
    return Aggregates.inContext(
        TYPE_NAME,
        facts.account(),
        () -> aggregates.inTransaction(() -> evaluate(facts, policy, now)));
  }

  /**
   * Runs dunning for many accounts at the same instant, as {@link #run} does for each, with one
   * batch read of their states ({@link Repository#findAllById}) instead of one read each: the daily
   * pass over every account that owes. An account whose evaluation changes nothing is not written
   * and opens no unit of work; one that changes is saved in a unit of work of its own with the
   * version the batch read, and if another run saved it meanwhile (a conflict), it is run again
   * alone on a fresh read, so no step is taken twice.
   *
   * @param facts each account's facts (never null, no null element, no account twice)
   * @param policy the ladder (never null)
   * @param now the instant (never null)
   * @return the evaluations, in the order of {@code facts}
   * @throws IllegalArgumentException when an account is given twice, naming it
   */
  public List<DunningEvaluation> runAll(
      List<DunningFacts> facts, DunningPolicy policy, Instant now) {
    requireNonNull(facts, "facts");
    requireNonNull(policy, "policy");
    requireNonNull(now, "now");
    Set<AccountId> accounts = new LinkedHashSet<>();
    for (DunningFacts f : facts) {
      if (!accounts.add(requireNonNull(f, "facts element").account())) {
        throw new IllegalArgumentException(
            "account " + f.account().value() + " is given twice in one dunning pass");
      }
    }
    Map<AccountId, DunningCase> stored = cases.findAllById(accounts);
    List<DunningEvaluation> out = new ArrayList<>(facts.size());
    for (DunningFacts f : facts) {
      DunningCase current = stored.get(f.account());
      out.add(
          Aggregates.inContext(
              TYPE_NAME,
              f.account(),
              () -> {
                try {
                  return evaluate(
                      current == null ? DunningCase.start(f.account()) : current, f, policy, now);
                } catch (ConcurrencyConflictException e) {
                  LOG.debug(
                      "dunning account={} changed since the batch read: run again", f.account());
                  return run(f, policy, now);
                }
              }));
    }
    return out;
  }

  private DunningEvaluation evaluate(DunningFacts facts, DunningPolicy policy, Instant now) {
    return evaluate(
        cases.find(facts.account()).orElseGet(() -> DunningCase.start(facts.account())),
        facts,
        policy,
        now);
  }

  /**
   * Evaluates from a loaded state; a change is saved with the loaded version, in a unit of work
   * that joins one the caller runs.
   */
  private DunningEvaluation evaluate(
      DunningCase current, DunningFacts facts, DunningPolicy policy, Instant now) {
    DunningEvaluation e = DunningEvaluator.evaluate(current, facts, policy, now);
    DunningCase saved;
    if (e.next().equals(current)) {
      saved = current;
    } else {
      Changed<DunningCase> changed = new Changed<>(e.next(), e.events());
      saved =
          current.version() == DunningCase.NEW
              ? aggregates.create(cases, changed).value()
              : aggregates.commit(cases, current, changed).value();
    }
    LOG.debug(
        "dunning account={} actions={} next={}",
        facts.account(),
        e.actions().size(),
        e.nextEvaluationAt());
    return new DunningEvaluation(saved, e.actions(), e.nextEvaluationAt(), e.events());
  }
}
