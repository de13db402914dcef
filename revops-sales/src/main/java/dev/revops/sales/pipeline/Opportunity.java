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
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityOpened;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityStageChanged;
import dev.revops.sales.pipeline.OpportunityEvents.OpportunityUpdated;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A potential sale to an account, in two parts: the deal ({@link OpportunityDeal}: account, name,
 * amount, expected close date, owner, lead) and where it stands ({@link OpportunityProgress}:
 * stage, status, lost reason, close time). The accessors of the parts' fields ({@link #amount()},
 * {@link #stage()}, ...) are shortcuts. Immutable and thread-safe; changes return a {@link Changed}
 * with the events.
 *
 * @param id the id
 * @param deal what it would sell, to whom, for how much, by when
 * @param progress the stage, status, lost reason and close time
 * @param version the stored version
 */
public record Opportunity(
    OpportunityId id, OpportunityDeal deal, OpportunityProgress progress, long version)
    implements Aggregate<OpportunityId, Opportunity> {

  /** Checks the required parts. */
  public Opportunity {
    requireNonNull(id, "id");
    requireNonNull(deal, "deal");
    requireNonNull(progress, "progress");
  }

  /**
   * Opens an opportunity in the pipeline's first stage.
   *
   * @param id the id
   * @param deal the account, name, amount, close date, owner and lead
   * @param config the pipeline
   * @param at when
   * @return the opportunity and {@link OpportunityOpened}
   */
  public static Changed<Opportunity> open(
      OpportunityId id, OpportunityDeal deal, PipelineConfig config, Instant at) {
    String first = config.firstStage().name();
    Opportunity o =
        new Opportunity(
            id, deal, new OpportunityProgress(first, OpportunityStatus.OPEN, null, null), NEW);
    return Changed.of(
        o,
        new OpportunityOpened(
            EventId.forChange(id, NEW, OpportunityOpened.class), id, deal.amount(), first, at));
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
   * @deprecated nine positional values: use {@link #open(OpportunityId, OpportunityDeal,
   *     PipelineConfig, Instant)}
   */
  @Deprecated
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
    return open(id, new OpportunityDeal(account, name, amount, closeDate, owner, lead), config, at);
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
              status() == OpportunityStatus.LOST
                  ? OpportunityTrigger.REOPEN
                  : OpportunityTrigger.MOVE_STAGE;
        };
    OpportunityStatus next = machine.next(status(), trigger, lostReason);
    String reason = next == OpportunityStatus.LOST ? lostReason : null;
    Instant closed = next == OpportunityStatus.OPEN ? null : at;
    Opportunity o =
        new Opportunity(
            id, deal, new OpportunityProgress(target.name(), next, reason, closed), version);
    return Changed.of(
        o,
        new OpportunityStageChanged(
            EventId.forChange(id, version, OpportunityStageChanged.class),
            id,
            stage(),
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
   * @throws ClosedOpportunityException when it is won or lost
   */
  public Changed<Opportunity> update(Money newAmount, LocalDate newCloseDate, Instant at) {
    if (status() != OpportunityStatus.OPEN) {
      throw new ClosedOpportunityException(id, status());
    }
    Opportunity o =
        new Opportunity(
            id, deal.withAmountAndCloseDate(newAmount, newCloseDate), progress, version);
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
    Percentage p = config.require(stage()).probability();
    return amount().times(p, RoundingMode.HALF_EVEN);
  }

  @Override
  public Opportunity withVersion(long newVersion) {
    return new Opportunity(id, deal, progress, newVersion);
  }

  // Shortcuts to the parts' fields.

  /**
   * Returns the account.
   *
   * @return the account, never null
   */
  public AccountId account() {
    return deal.account();
  }

  /**
   * Returns the short name.
   *
   * @return the name, never null
   */
  public String name() {
    return deal.name();
  }

  /**
   * Returns the expected amount.
   *
   * @return the amount, never null
   */
  public Money amount() {
    return deal.amount();
  }

  /**
   * Returns the expected (or actual) close date.
   *
   * @return the date, never null
   */
  public LocalDate closeDate() {
    return deal.closeDate();
  }

  /**
   * Returns the owning user.
   *
   * @return the owner, never null
   */
  public UserId owner() {
    return deal.owner();
  }

  /**
   * Returns the lead it came from.
   *
   * @return the lead, or null
   */
  public LeadId lead() {
    return deal.lead();
  }

  /**
   * Returns the current stage's name.
   *
   * @return the stage, never null
   */
  public String stage() {
    return progress.stage();
  }

  /**
   * Returns open, won or lost.
   *
   * @return the status, never null
   */
  public OpportunityStatus status() {
    return progress.status();
  }

  /**
   * Returns the reason when lost.
   *
   * @return the reason, or null
   */
  public String lostReason() {
    return progress.lostReason();
  }

  /**
   * Returns when it was won or lost.
   *
   * @return the instant, or null while open
   */
  public Instant closedAt() {
    return progress.closedAt();
  }
}
