package dev.revops.collections.dunning;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.Repository;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs dunning for an account: loads its state, evaluates, saves with the expected version and
 * publishes the alerts. Contact actions in the result still go through the contact gate (latest
 * payment check and compliance) before anyone is contacted. Thread-safe when its ports are.
 */
public final class DunningService {
  private static final Logger LOG = LoggerFactory.getLogger(DunningService.class);

  private final Repository<AccountId, DunningCase> cases;
  private final EventPublisher events;

  /**
   * Creates the service.
   *
   * @param cases where dunning states are stored
   * @param events where alerts go
   */
  public DunningService(Repository<AccountId, DunningCase> cases, EventPublisher events) {
    this.cases = requireNonNull(cases, "cases");
    this.events = requireNonNull(events, "events");
  }

  /**
   * Evaluates an account's dunning now and stores the result.
   *
   * @param facts the account's facts
   * @param policy the ladder
   * @param now the instant
   * @return the evaluation (actions due now and the next instant)
   */
  public DunningEvaluation run(DunningFacts facts, DunningPolicy policy, Instant now) {
    DunningCase current =
        cases.find(facts.account()).orElseGet(() -> DunningCase.start(facts.account()));
    DunningEvaluation e = DunningEvaluator.evaluate(current, facts, policy, now);
    DunningCase saved =
        e.next().equals(current) ? current : cases.save(e.next(), current.version());
    events.publish(e.events());
    LOG.debug(
        "dunning account={} actions={} next={}",
        facts.account(),
        e.actions().size(),
        e.nextEvaluationAt());
    return new DunningEvaluation(saved, e.actions(), e.nextEvaluationAt(), e.events());
  }
}
