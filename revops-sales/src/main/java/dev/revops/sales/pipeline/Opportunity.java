package dev.revops.sales.pipeline;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityOpened;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityStageChanged;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityUpdated;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A potential sale to an account: amount, expected close date, owner and stage. Immutable and
 * thread-safe; changes return a {@link Changed} with the events.
 *
 * @param id the id
 * @param account the account
 * @param name a short name
 * @param amount the expected amount
 * @param closeDate the expected (or actual) close date
 * @param owner the owning user
 * @param stage the current stage's name
 * @param status open, won or lost
 * @param lostReason the reason when lost, else null
 * @param lead the lead it came from, or null
 * @param closedAt when it was won or lost, else null
 * @param version the stored version
 */
public record Opportunity(
    OpportunityId id,
    AccountId account,
    String name,
    Money amount,
    LocalDate closeDate,
    UserId owner,
    String stage,
    OpportunityStatus status,
    String lostReason,
    LeadId lead,
    Instant closedAt,
    long version)
    implements Aggregate<OpportunityId, Opportunity> {

  /** Checks the required fields. */
  public Opportunity {
    requireNonNull(id, "id");
    requireNonNull(account, "account");
    requireNonNull(name, "name");
    requireNonNull(amount, "amount");
    requireNonNull(closeDate, "closeDate");
    requireNonNull(owner, "owner");
    requireNonNull(stage, "stage");
    requireNonNull(status, "status");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("opportunity " + id + ": amount must not be negative");
    }
  }

  /**
   * Opens an opportunity in the pipeline's first stage.
   *
   * @param id the id
   * @param account the account
   * @param name the name
   * @param amount the amount
   * @param closeDate the expected close date
   * @param owner the owner
   * @param lead the lead it came from, or null
   * @param config the pipeline
   * @param at when
   * @return the opportunity and {@link OpportunityOpened}
   */
  public static Changed<Opportunity> open(
      OpportunityId id,
      AccountId account,
      String name,
      Money amount,
      LocalDate closeDate,
      UserId owner,
      LeadId lead,
      PipelineConfig config,
      Instant at) {
    String first = config.firstStage().name();
    Opportunity o =
        new Opportunity(
            id,
            account,
            name,
            amount,
            closeDate,
            owner,
            first,
            OpportunityStatus.OPEN,
            null,
            lead,
            null,
            NEW);
    return Changed.of(
        o,
        new OpportunityOpened(
            EventId.forChange(id, NEW, OpportunityOpened.class), id, amount, first, at));
  }

  /**
   * Moves to a stage of the pipeline: an open stage keeps it open, the won stage wins it, the lost
   * stage loses it (with a reason); moving a lost opportunity to an open stage reopens it.
   *
   * @param config the pipeline
   * @param machine the lifecycle for that pipeline
   * @param stageName the target stage
   * @param lostReason the reason when moving to the lost stage, else null
   * @param at when
   * @return the opportunity and {@link OpportunityStageChanged}
   * @throws dev.revops.core.error.IllegalTransitionException when the lifecycle refuses
   */
  public Changed<Opportunity> moveTo(
      PipelineConfig config,
      StateMachine<OpportunityStatus, OpportunityTrigger> machine,
      String stageName,
      String lostReason,
      Instant at) {
    Stage target = config.require(stageName);
    OpportunityTrigger trigger =
        switch (target.outcome()) {
          case WON -> OpportunityTrigger.WIN;
          case LOST -> OpportunityTrigger.LOSE;
          case OPEN ->
              status == OpportunityStatus.LOST
                  ? OpportunityTrigger.REOPEN
                  : OpportunityTrigger.MOVE_STAGE;
        };
    OpportunityStatus next = machine.next(status, trigger, lostReason);
    String reason = next == OpportunityStatus.LOST ? lostReason : null;
    Instant closed = next == OpportunityStatus.OPEN ? null : at;
    Opportunity o =
        new Opportunity(
            id,
            account,
            name,
            amount,
            closeDate,
            owner,
            target.name(),
            next,
            reason,
            lead,
            closed,
            version);
    return Changed.of(
        o,
        new OpportunityStageChanged(
            EventId.forChange(id, version, OpportunityStageChanged.class),
            id,
            stage,
            target.name(),
            next,
            reason,
            at));
  }

  /**
   * Changes the amount and close date of an open opportunity.
   *
   * @param newAmount the amount
   * @param newCloseDate the close date
   * @param at when
   * @return the opportunity and {@link OpportunityUpdated}
   * @throws IllegalStateException when it is closed
   */
  public Changed<Opportunity> update(Money newAmount, LocalDate newCloseDate, Instant at) {
    if (status != OpportunityStatus.OPEN) {
      throw new IllegalStateException("opportunity " + id + " is " + status + ": reopen it first");
    }
    Opportunity o =
        new Opportunity(
            id,
            account,
            name,
            newAmount,
            newCloseDate,
            owner,
            stage,
            status,
            lostReason,
            lead,
            closedAt,
            version);
    return Changed.of(
        o,
        new OpportunityUpdated(
            EventId.forChange(id, version, OpportunityUpdated.class),
            id,
            newAmount,
            newCloseDate,
            at));
  }

  /**
   * Returns the weighted amount: amount times the stage's probability, rounded half-even.
   *
   * @param config the pipeline
   * @return the weighted amount
   */
  public Money weighted(PipelineConfig config) {
    Percentage p = config.require(stage).probability();
    return amount.times(p, RoundingMode.HALF_EVEN);
  }

  @Override
  public Opportunity withVersion(long newVersion) {
    return new Opportunity(
        id,
        account,
        name,
        amount,
        closeDate,
        owner,
        stage,
        status,
        lostReason,
        lead,
        closedAt,
        newVersion);
  }
}
