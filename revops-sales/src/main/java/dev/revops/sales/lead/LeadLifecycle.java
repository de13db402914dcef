package dev.revops.sales.lead;

import static dev.revops.sales.lead.LeadStatus.ATTEMPTED_TO_CONTACT;
import static dev.revops.sales.lead.LeadStatus.CONVERTED;
import static dev.revops.sales.lead.LeadStatus.DISQUALIFIED;
import static dev.revops.sales.lead.LeadStatus.NEW;
import static dev.revops.sales.lead.LeadStatus.NURTURING;
import static dev.revops.sales.lead.LeadStatus.QUALIFIED;
import static dev.revops.sales.lead.LeadStatus.SALES_ACCEPTED;
import static dev.revops.sales.lead.LeadStatus.WORKING;
import static dev.revops.sales.lead.LeadTrigger.ACCEPT;
import static dev.revops.sales.lead.LeadTrigger.ATTEMPT_CONTACT;
import static dev.revops.sales.lead.LeadTrigger.CONNECT;
import static dev.revops.sales.lead.LeadTrigger.CONVERT;
import static dev.revops.sales.lead.LeadTrigger.DISQUALIFY;
import static dev.revops.sales.lead.LeadTrigger.NURTURE;
import static dev.revops.sales.lead.LeadTrigger.QUALIFY;
import static dev.revops.sales.lead.LeadTrigger.REJECT;
import static dev.revops.sales.lead.LeadTrigger.REOPEN;

import dev.revops.core.statemachine.StateMachine;

/**
 * The standard lead lifecycle. Open statuses (new, attempted, working, nurturing) can be qualified
 * (MQL) or disqualified; sales accepts (SQL) or rejects back to nurturing; qualified and accepted
 * leads convert. Disqualifying needs a reason (a guard on the context); a disqualified lead can be
 * reopened into working; a converted lead is final (reopen the account's opportunity instead).
 *
 * <p>Hosts extend it without forking: {@code LeadLifecycle.standard().toBuilder().permit(WORKING,
 * LeadTrigger.of("PARK"), LeadStatus.of("BAD_TIMING")).permit(...).build()} and pass the machine to
 * {@code LeadService}. Stateless; the machine is immutable and thread-safe.
 */
public final class LeadLifecycle {
  /** The guard name on {@link LeadTrigger#DISQUALIFY}. */
  public static final String REASON_GIVEN = "a reason is given";

  private static final StateMachine<LeadStatus, LeadTrigger> STANDARD = build();

  private LeadLifecycle() {}

  /**
   * Returns the standard machine.
   *
   * @return the shared definition
   */
  public static StateMachine<LeadStatus, LeadTrigger> standard() {
    return STANDARD;
  }

  private static StateMachine<LeadStatus, LeadTrigger> build() {
    StateMachine.Builder<LeadStatus, LeadTrigger> b =
        StateMachine.<LeadStatus, LeadTrigger>builder(NEW)
            .permit(NEW, ATTEMPT_CONTACT, ATTEMPTED_TO_CONTACT)
            .permit(NEW, CONNECT, WORKING)
            .permit(ATTEMPTED_TO_CONTACT, CONNECT, WORKING)
            .permitFromAll(NURTURE, NURTURING, NEW, ATTEMPTED_TO_CONTACT, WORKING)
            .permit(NURTURING, CONNECT, WORKING)
            .permitFromAll(QUALIFY, QUALIFIED, NEW, ATTEMPTED_TO_CONTACT, WORKING, NURTURING)
            .permit(QUALIFIED, ACCEPT, SALES_ACCEPTED)
            .permit(QUALIFIED, REJECT, NURTURING)
            .permit(SALES_ACCEPTED, REJECT, NURTURING)
            .permit(QUALIFIED, CONVERT, CONVERTED)
            .permit(SALES_ACCEPTED, CONVERT, CONVERTED);
    for (LeadStatus s :
        new LeadStatus[] {
          NEW, ATTEMPTED_TO_CONTACT, WORKING, NURTURING, QUALIFIED, SALES_ACCEPTED
        }) {
      b.<String>permitIf(s, DISQUALIFY, DISQUALIFIED, REASON_GIVEN, r -> r != null && !r.isBlank());
    }
    return b.permit(DISQUALIFIED, REOPEN, WORKING).terminal(CONVERTED).build();
  }
}
