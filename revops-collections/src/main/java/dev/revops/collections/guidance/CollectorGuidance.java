package dev.revops.collections.guidance;

import dev.revops.collections.activity.Activity;
import dev.revops.collections.activity.ActivityType;
import dev.revops.collections.compliance.DisputeStatus;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactOutcome;
import java.time.Instant;
import java.util.Optional;

/**
 * Guides a collector: from the account's context, the next best action, decided by explicit rules
 * in priority order so every suggestion can be explained. Stateless and thread-safe.
 *
 * <ol>
 *   <li>nothing owed: no action;
 *   <li>cease, bankruptcy, deceased, GDPR objection or restriction: do not contact;
 *   <li>unverified dispute: send the verification;
 *   <li>current payment plan: wait; open promise: wait until its deadline;
 *   <li>last promise broken or partly kept: follow up;
 *   <li>120+ days and propensity below 20%: hand to an agency;
 *   <li>last outcome a refusal, negative sentiment, or more than 60 days past due: offer a plan;
 *   <li>propensity 60% or more: a reminder with a self-pay link;
 *   <li>otherwise: call, on the learned best hour.
 * </ol>
 */
public final class CollectorGuidance {
  private CollectorGuidance() {}

  /**
   * Decides the next best action.
   *
   * @param c the context
   * @param now the instant
   * @return the action with channel, hour and reason
   */
  public static NextBestAction next(GuidanceContext c, Instant now) {
    Integer hour = c.insight().hour().orElse(null);
    if (!c.balance().isPositive()) {
      return new NextBestAction(NextAction.NONE_SETTLED, null, null, "nothing is owed");
    }
    if (c.facts().ceaseRequestedAt() != null
        || c.facts().bankruptcy()
        || c.facts().deceased()
        || c.facts().gdprObjection()
        || c.facts().gdprRestriction()) {
      return new NextBestAction(
          NextAction.DO_NOT_CONTACT,
          null,
          null,
          "a cease, bankruptcy, deceased or GDPR flag is set");
    }
    if (c.facts().dispute() == DisputeStatus.DISPUTED) {
      return new NextBestAction(
          NextAction.SEND_VERIFICATION,
          Channel.LETTER,
          null,
          "the debt is disputed and not verified");
    }
    if (c.planIfAny().map(p -> p.isCurrent(now)).orElse(false)) {
      return new NextBestAction(
          NextAction.WAIT_FOR_PLAN, null, null, "a current payment plan covers it");
    }
    Optional<PromiseToPay> last =
        c.promises().isEmpty()
            ? Optional.empty()
            : Optional.of(c.promises().get(c.promises().size() - 1));
    if (last.isPresent() && last.get().status() == PromiseStatus.PROMISED) {
      return new NextBestAction(
          NextAction.WAIT_FOR_PROMISE, null, null, "promise open until " + last.get().deadline());
    }
    Channel best = c.insight().channel().orElse(Channel.PHONE);
    if (last.isPresent()
        && (last.get().status() == PromiseStatus.BROKEN
            || last.get().status() == PromiseStatus.PARTIALLY_KEPT)) {
      return new NextBestAction(
          NextAction.FOLLOW_UP_BROKEN_PROMISE,
          best,
          hour,
          "promise " + last.get().id() + " was not kept");
    }
    double p = c.propensity().probability();
    if (c.daysPastDue() > 120 && p < 0.2) {
      return new NextBestAction(
          NextAction.HAND_TO_AGENCY, null, null, "over 120 days past due and unlikely to pay");
    }
    boolean refused =
        c.recentActivity().stream()
            .filter(a -> a.type() == ActivityType.OUTCOME)
            .reduce((a, b) -> b)
            .map(Activity::outcome)
            .map(o -> o == ContactOutcome.REFUSAL)
            .orElse(false);
    if (refused || c.sentiment() == Sentiment.NEGATIVE || c.daysPastDue() > 60) {
      return new NextBestAction(
          NextAction.OFFER_PAYMENT_PLAN,
          best,
          hour,
          refused
              ? "the debtor refused to pay"
              : c.daysPastDue() > 60 ? "long overdue" : "negative sentiment");
    }
    if (p >= 0.6) {
      return new NextBestAction(
          NextAction.SEND_SELF_PAY_REMINDER,
          c.insight().channel().filter(ch -> ch != Channel.PHONE).orElse(Channel.AUTOMATED_CALL),
          hour,
          "likely to pay (" + Math.round(p * 100) + "%): a reminder with a self-pay link");
    }
    return new NextBestAction(NextAction.CALL, best, hour, "call to agree a payment");
  }
}
