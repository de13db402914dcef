package dev.revops.sales.campaign;

/** What moves a campaign through its lifecycle ({@link CampaignLifecycle}). */
public enum CampaignTrigger {
  /** Draft to scheduled: approved, with a start instant. */
  SCHEDULE,
  /** Scheduled back to draft, to change it. */
  UNSCHEDULE,
  /** Scheduled to running, at its start instant. */
  START,
  /** Running to paused. */
  PAUSE,
  /** Paused to running. */
  RESUME,
  /** Running to completed, when every step has been sent. */
  COMPLETE,
  /** Any state that is not final to cancelled, with a reason. */
  CANCEL
}
