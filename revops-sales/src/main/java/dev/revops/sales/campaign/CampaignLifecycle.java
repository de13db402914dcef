package dev.revops.sales.campaign;

import static dev.revops.sales.campaign.CampaignStatus.CANCELLED;
import static dev.revops.sales.campaign.CampaignStatus.COMPLETED;
import static dev.revops.sales.campaign.CampaignStatus.DRAFT;
import static dev.revops.sales.campaign.CampaignStatus.PAUSED;
import static dev.revops.sales.campaign.CampaignStatus.RUNNING;
import static dev.revops.sales.campaign.CampaignStatus.SCHEDULED;
import static dev.revops.sales.campaign.CampaignTrigger.CANCEL;
import static dev.revops.sales.campaign.CampaignTrigger.COMPLETE;
import static dev.revops.sales.campaign.CampaignTrigger.PAUSE;
import static dev.revops.sales.campaign.CampaignTrigger.RESUME;
import static dev.revops.sales.campaign.CampaignTrigger.SCHEDULE;
import static dev.revops.sales.campaign.CampaignTrigger.START;
import static dev.revops.sales.campaign.CampaignTrigger.UNSCHEDULE;

import dev.revops.core.statemachine.StateMachine;

/**
 * The campaign lifecycle: a draft is scheduled (and can go back to draft to be changed), starts at
 * its start instant, can be paused and resumed while it runs, and completes when every step has
 * been sent; anything not final can be cancelled, with a reason (a guard on the context). Completed
 * and cancelled are final. Stateless; the machine is immutable and thread-safe.
 */
public final class CampaignLifecycle {
  /** The guard name on {@link CampaignTrigger#CANCEL}. */
  public static final String REASON_GIVEN = "a reason is given";

  private static final StateMachine<CampaignStatus, CampaignTrigger> STANDARD =
      StateMachine.<CampaignStatus, CampaignTrigger>builder(DRAFT)
          .permit(DRAFT, SCHEDULE, SCHEDULED)
          .permit(SCHEDULED, UNSCHEDULE, DRAFT)
          .permit(SCHEDULED, START, RUNNING)
          .permit(RUNNING, PAUSE, PAUSED)
          .permit(PAUSED, RESUME, RUNNING)
          .permit(RUNNING, COMPLETE, COMPLETED)
          .<String>permitIf(DRAFT, CANCEL, CANCELLED, REASON_GIVEN, CampaignLifecycle::given)
          .<String>permitIf(SCHEDULED, CANCEL, CANCELLED, REASON_GIVEN, CampaignLifecycle::given)
          .<String>permitIf(RUNNING, CANCEL, CANCELLED, REASON_GIVEN, CampaignLifecycle::given)
          .<String>permitIf(PAUSED, CANCEL, CANCELLED, REASON_GIVEN, CampaignLifecycle::given)
          .terminal(COMPLETED)
          .terminal(CANCELLED)
          .build();

  private CampaignLifecycle() {}

  /**
   * Returns the standard machine.
   *
   * @return the shared definition
   */
  public static StateMachine<CampaignStatus, CampaignTrigger> standard() {
    return STANDARD;
  }

  private static boolean given(String reason) {
    return reason != null && !reason.isBlank();
  }
}
