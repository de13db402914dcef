package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.IdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.OpportunityDeal;
import dev.revops.sales.pipeline.OpportunityLifecycle;
import dev.revops.sales.pipeline.OpportunityTrigger;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.port.OpportunityRepository;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Opens, moves, wins and loses opportunities: each use case loads, changes, saves with the loaded
 * version and appends its events to the outbox in one unit of work, through core's {@link
 * Aggregates} (logging context key {@code revops.opportunity}). Thread-safe when its ports are.
 */
public final class OpportunityService {
  private final OpportunityRepository opportunities;
  private final Aggregates aggregates;
  private final IdGenerator ids;
  private final Clock clock;
  private final PipelineConfig config;
  private final StateMachine<OpportunityStatus, OpportunityTrigger> lifecycle;

  /**
   * Creates the service on the embedded unit of work and outbox ({@link SalesContext#embedded}).
   *
   * @param opportunities the store
   * @param events where events go after each commit
   * @param ids makes new ids
   * @param clock the clock
   * @param config the pipeline
   * @deprecated give the unit of work and outbox: {@link #OpportunityService(OpportunityRepository,
   *     SalesContext, PipelineConfig)}
   */
  @Deprecated
  public OpportunityService(
      OpportunityRepository opportunities,
      EventPublisher events,
      IdGenerator ids,
      Clock clock,
      PipelineConfig config) {
    this(opportunities, SalesContext.embedded(events, ids, clock), config);
  }

  /**
   * Creates the service.
   *
   * @param opportunities the store
   * @param context the unit of work, outbox, ids and clock
   * @param config the pipeline
   */
  public OpportunityService(
      OpportunityRepository opportunities, SalesContext context, PipelineConfig config) {
    this.opportunities = requireNonNull(opportunities, "opportunities");
    this.aggregates = requireNonNull(context, "context").aggregates();
    this.ids = context.ids();
    this.clock = context.clock();
    this.config = requireNonNull(config, "config");
    this.lifecycle = OpportunityLifecycle.of(config);
  }

  /**
   * Opens an opportunity in the first stage.
   *
   * @param account the account
   * @param name the name
   * @param amount the amount
   * @param closeDate the expected close date
   * @param owner the owner
   * @return the stored opportunity
   */
  public Opportunity open(
      AccountId account, String name, Money amount, LocalDate closeDate, UserId owner) {
    Changed<Opportunity> c =
        Opportunity.open(
            ids.next(OpportunityId::of),
            new OpportunityDeal(account, name, amount, closeDate, owner, null),
            config,
            clock.instant());
    return aggregates.create(opportunities, c).value();
  }

  /**
   * Moves an opportunity to a stage (open, won, or lost with a reason).
   *
   * @param id the opportunity
   * @param stage the stage's name
   * @param lostReason the reason when moving to the lost stage, else null
   * @return the stored opportunity
   */
  public Opportunity moveTo(OpportunityId id, String stage, String lostReason) {
    return aggregates
        .change(
            opportunities, id, o -> o.moveTo(config, lifecycle, stage, lostReason, clock.instant()))
        .value();
  }

  /**
   * Closes an opportunity as won.
   *
   * @param id the opportunity
   * @return the stored opportunity
   */
  public Opportunity win(OpportunityId id) {
    return moveTo(id, config.wonStage().name(), null);
  }

  /**
   * Closes an opportunity as lost.
   *
   * @param id the opportunity
   * @param reason the lost reason, one the pipeline accepts
   * @return the stored opportunity
   */
  public Opportunity lose(OpportunityId id, String reason) {
    return moveTo(id, config.lostStage().name(), reason);
  }

  /**
   * Changes amount and close date.
   *
   * @param id the opportunity
   * @param amount the amount
   * @param closeDate the close date
   * @return the stored opportunity
   * @throws dev.revops.sales.pipeline.ClosedOpportunityException when it is won or lost
   */
  public Opportunity update(OpportunityId id, Money amount, LocalDate closeDate) {
    return aggregates
        .change(opportunities, id, o -> o.update(amount, closeDate, clock.instant()))
        .value();
  }

  /**
   * Returns the lifecycle.
   *
   * @return the machine
   */
  public StateMachine<OpportunityStatus, OpportunityTrigger> lifecycle() {
    return lifecycle;
  }
}
