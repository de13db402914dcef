package dev.revops.sales.referral;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.core.statemachine.TransitionRecord;
import dev.revops.sales.referral.ReferralEvents.ReferralAttributed;
import dev.revops.sales.referral.ReferralEvents.ReferralQualified;
import dev.revops.sales.referral.ReferralEvents.ReferralRejected;
import dev.revops.sales.referral.ReferralEvents.ReferralRewarded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One referral: a referrer's code used by a new lead, followed until the referred customer pays its
 * first invoice and the referrer is rewarded, or until a rule rejects it. Every move goes through
 * {@link ReferralLifecycle#MACHINE}, which refuses illegal ones with an {@link
 * dev.revops.core.error.IllegalTransitionException}; every change returns its events. Holds ids
 * only, never the parties' e-mail, phone, payment fingerprint or address. Immutable and
 * thread-safe.
 *
 * @param id the referral's id
 * @param code the code the lead came with
 * @param referrer the account that owns the code
 * @param referredLead the lead captured with the code
 * @param referredAccount the account the lead became, or null until it is known
 * @param status where it is in the lifecycle
 * @param rejection why it was rejected, or null
 * @param attributedAt when the lead came with the code
 * @param qualifyingInvoice the referred customer's first paid invoice, or null
 * @param paidAt when that invoice was paid, or null
 * @param rewardGrant the grant id the reward port returned, or null
 * @param rewardedAt when the reward was granted, or null
 * @param history every move, oldest first
 * @param version the stored version ({@link Aggregate#NEW} before the first save)
 */
public record Referral(
    ReferralId id,
    ReferralCode code,
    AccountId referrer,
    LeadId referredLead,
    AccountId referredAccount,
    ReferralStatus status,
    Rejection rejection,
    Instant attributedAt,
    String qualifyingInvoice,
    Instant paidAt,
    String rewardGrant,
    Instant rewardedAt,
    List<TransitionRecord<ReferralStatus, ReferralTrigger>> history,
    long version)
    implements Aggregate<ReferralId, Referral> {

  /** The prefix of {@link #rewardIdempotencyKey()}. */
  public static final String REWARD_KEY_PREFIX = "referral-reward:";

  /** Checks the required parts and copies the history. */
  public Referral {
    requireNonNull(id, "id");
    requireNonNull(code, "code");
    requireNonNull(referrer, "referrer");
    requireNonNull(referredLead, "referredLead");
    requireNonNull(status, "status");
    requireNonNull(attributedAt, "attributedAt");
    history = List.copyOf(history);
    if (status == ReferralStatus.REJECTED && rejection == null) {
      throw new IllegalArgumentException("a rejected referral needs its rejection");
    }
  }

  /**
   * Opens a referral for a lead that came with a code: {@code ATTRIBUTED}, or {@code REJECTED} at
   * once when an attribution rule refused it.
   *
   * @param id the new referral's id
   * @param code the code
   * @param referrer the code's owner
   * @param lead the referred lead
   * @param referredAccount the referred account when already known, or null
   * @param refusal the attribution rule that refused it, or empty
   * @param at when
   * @param actor who (a user or a system name)
   * @return the new referral with {@link ReferralAttributed} or {@link ReferralRejected}
   */
  public static Changed<Referral> open(
      ReferralId id,
      ReferralCode code,
      AccountId referrer,
      LeadId lead,
      AccountId referredAccount,
      Optional<Rejection> refusal,
      Instant at,
      String actor) {
    StateMachine<ReferralStatus, ReferralTrigger> m = ReferralLifecycle.MACHINE;
    Rejection why = refusal.orElse(null);
    ReferralTrigger trigger = why == null ? ReferralTrigger.ATTRIBUTE : ReferralTrigger.REJECT;
    TransitionRecord<ReferralStatus, ReferralTrigger> move =
        m.fire(m.initialState(), trigger, why, at, actor);
    Referral r =
        new Referral(
            id,
            code,
            referrer,
            lead,
            referredAccount,
            move.to(),
            why,
            at,
            null,
            null,
            null,
            null,
            List.of(move),
            NEW);
    if (why != null) {
      return Changed.of(r, rejected(r, why, at));
    }
    return Changed.of(
        r,
        new ReferralAttributed(
            EventId.forChange(id, NEW, ReferralAttributed.class),
            id,
            code,
            referrer,
            lead,
            referredAccount,
            at));
  }

  /**
   * Records the account the referred lead became (when the lead converts).
   *
   * @param account the referred account (never null)
   * @return this referral when it already names that account, else a copy naming it (no event)
   * @throws IllegalStateException when it already names another account
   */
  public Changed<Referral> linkAccount(AccountId account) {
    requireNonNull(account, "account");
    if (account.equals(referredAccount)) {
      return Changed.unchanged(this);
    }
    if (referredAccount != null) {
      throw new IllegalStateException(
          "referral " + id + " already names referred account " + referredAccount);
    }
    return Changed.unchanged(copy(account, version));
  }

  /**
   * Qualifies the referral: the referred customer paid its first invoice.
   *
   * @param invoice the invoice's id (never null)
   * @param at when it was paid
   * @param actor who
   * @return the qualified referral with {@link ReferralQualified}
   * @throws dev.revops.core.error.IllegalTransitionException unless {@code ATTRIBUTED}
   */
  public Changed<Referral> qualify(String invoice, Instant at, String actor) {
    requireNonNull(invoice, "invoice");
    TransitionRecord<ReferralStatus, ReferralTrigger> move =
        ReferralLifecycle.MACHINE.fire(status, ReferralTrigger.QUALIFY, null, at, actor);
    Referral r = moved(move, null, invoice, at, null, null);
    return Changed.of(
        r,
        new ReferralQualified(
            EventId.forChange(id, version, ReferralQualified.class),
            id,
            referrer,
            referredAccount,
            invoice,
            at));
  }

  /**
   * Records the granted reward.
   *
   * @param grant the grant id the reward port returned (never null)
   * @param reward what was granted (never null)
   * @param at when
   * @param actor who
   * @return the rewarded referral with {@link ReferralRewarded}
   * @throws dev.revops.core.error.IllegalTransitionException unless {@code QUALIFIED}
   */
  public Changed<Referral> rewarded(String grant, Reward reward, Instant at, String actor) {
    requireNonNull(grant, "grant");
    requireNonNull(reward, "reward");
    TransitionRecord<ReferralStatus, ReferralTrigger> move =
        ReferralLifecycle.MACHINE.fire(status, ReferralTrigger.REWARD, null, at, actor);
    Referral r = moved(move, null, qualifyingInvoice, paidAt, grant, at);
    return Changed.of(
        r,
        new ReferralRewarded(
            EventId.forChange(id, version, ReferralRewarded.class),
            id,
            referrer,
            referredAccount,
            grant,
            reward,
            at));
  }

  /**
   * Rejects the referral.
   *
   * @param why the rule and reason (never null)
   * @param at when
   * @param actor who
   * @return the rejected referral with {@link ReferralRejected}
   * @throws dev.revops.core.error.IllegalTransitionException when already rewarded or rejected
   */
  public Changed<Referral> reject(Rejection why, Instant at, String actor) {
    requireNonNull(why, "why");
    TransitionRecord<ReferralStatus, ReferralTrigger> move =
        ReferralLifecycle.MACHINE.fire(status, ReferralTrigger.REJECT, why, at, actor);
    Referral r = moved(move, why, qualifyingInvoice, paidAt, null, null);
    return Changed.of(r, rejected(r, why, at));
  }

  /**
   * The key the reward is granted under: the same for every attempt of this referral, so a host
   * that maps it to a credit or a coupon grants it once however often it is asked.
   *
   * @return {@value #REWARD_KEY_PREFIX} and the referral's id
   */
  public String rewardIdempotencyKey() {
    return REWARD_KEY_PREFIX + id.value();
  }

  /**
   * Tells whether the referral uses up the referrer's cap: qualified or rewarded.
   *
   * @return true when it counts toward the cap
   */
  public boolean countsTowardCap() {
    return status == ReferralStatus.QUALIFIED || status == ReferralStatus.REWARDED;
  }

  /**
   * Tells whether the referral is still alive (attributed or qualified).
   *
   * @return true when neither rewarded nor rejected
   */
  @JsonIgnore
  public boolean isOpen() {
    return !ReferralLifecycle.MACHINE.isTerminal(status);
  }

  @Override
  public Referral withVersion(long newVersion) {
    return copy(referredAccount, newVersion);
  }

  /** This referral naming {@code account} at version {@code v}, every other part kept. */
  private Referral copy(AccountId account, long v) {
    return next(
        account, status, rejection, qualifyingInvoice, paidAt, rewardGrant, rewardedAt, history, v);
  }

  /** This referral after {@code move}, with the given rejection and payment and reward parts. */
  private Referral moved(
      TransitionRecord<ReferralStatus, ReferralTrigger> move,
      Rejection why,
      String invoice,
      Instant paid,
      String grant,
      Instant rewarded) {
    return next(
        referredAccount, move.to(), why, invoice, paid, grant, rewarded, append(move), version);
  }

  /** The one copy: id, code, referrer, referred lead and attribution time kept, the rest given. */
  private Referral next(
      AccountId account,
      ReferralStatus to,
      Rejection why,
      String invoice,
      Instant paid,
      String grant,
      Instant rewarded,
      List<TransitionRecord<ReferralStatus, ReferralTrigger>> h,
      long v) {
    return new Referral(
        id,
        code,
        referrer,
        referredLead,
        account,
        to,
        why,
        attributedAt,
        invoice,
        paid,
        grant,
        rewarded,
        h,
        v);
  }

  private List<TransitionRecord<ReferralStatus, ReferralTrigger>> append(
      TransitionRecord<ReferralStatus, ReferralTrigger> move) {
    List<TransitionRecord<ReferralStatus, ReferralTrigger>> h = new ArrayList<>(history);
    h.add(move);
    return h;
  }

  private static ReferralRejected rejected(Referral r, Rejection why, Instant at) {
    return new ReferralRejected(
        EventId.forChange(r.id(), r.version(), ReferralRejected.class),
        r.id(),
        r.referrer(),
        r.referredLead(),
        why.ruleId(),
        why.reason(),
        at);
  }
}
