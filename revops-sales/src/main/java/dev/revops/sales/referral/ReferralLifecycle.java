package dev.revops.sales.referral;

import static dev.revops.sales.referral.ReferralStatus.ATTRIBUTED;
import static dev.revops.sales.referral.ReferralStatus.ISSUED;
import static dev.revops.sales.referral.ReferralStatus.QUALIFIED;
import static dev.revops.sales.referral.ReferralStatus.REJECTED;
import static dev.revops.sales.referral.ReferralStatus.REWARDED;
import static dev.revops.sales.referral.ReferralTrigger.ATTRIBUTE;
import static dev.revops.sales.referral.ReferralTrigger.QUALIFY;
import static dev.revops.sales.referral.ReferralTrigger.REJECT;
import static dev.revops.sales.referral.ReferralTrigger.REWARD;

import dev.revops.core.statemachine.StateMachine;

/**
 * The referral lifecycle: the code is {@code ISSUED}; a lead that comes with it is {@code
 * ATTRIBUTED}; when the referred customer pays its first invoice the referral is {@code QUALIFIED}
 * and then {@code REWARDED} (final) once the reward is granted. {@code REJECT} leads to {@code
 * REJECTED} (final) from any state before {@code REWARDED}, and only with a reason (a guard on the
 * context, the {@link Rejection}). Stateless; the machine is immutable and thread-safe.
 */
public final class ReferralLifecycle {
  /** The guard name on {@link ReferralTrigger#REJECT}. */
  public static final String REASON_GIVEN = "a reason is given";

  /** The standard machine, shared. */
  public static final StateMachine<ReferralStatus, ReferralTrigger> MACHINE = build();

  private ReferralLifecycle() {}

  private static StateMachine<ReferralStatus, ReferralTrigger> build() {
    StateMachine.Builder<ReferralStatus, ReferralTrigger> b =
        StateMachine.<ReferralStatus, ReferralTrigger>builder(ISSUED)
            .permit(ISSUED, ATTRIBUTE, ATTRIBUTED)
            .permit(ATTRIBUTED, QUALIFY, QUALIFIED)
            .permit(QUALIFIED, REWARD, REWARDED);
    for (ReferralStatus s : new ReferralStatus[] {ISSUED, ATTRIBUTED, QUALIFIED}) {
      b.<Rejection>permitIf(s, REJECT, REJECTED, REASON_GIVEN, r -> r != null);
    }
    return b.terminal(REWARDED).terminal(REJECTED).build();
  }
}
