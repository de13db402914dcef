package dev.revops.sales.servicecase;

import static dev.revops.sales.servicecase.CaseStatus.CLOSED;
import static dev.revops.sales.servicecase.CaseStatus.MERGED;
import static dev.revops.sales.servicecase.CaseStatus.NEW;
import static dev.revops.sales.servicecase.CaseStatus.OPEN;
import static dev.revops.sales.servicecase.CaseStatus.PENDING_CLOSE;
import static dev.revops.sales.servicecase.CaseStatus.PENDING_REMINDER;

import dev.revops.core.statemachine.StateMachine;

/**
 * The case lifecycle (Zammad's states): new, open, pending reminder, pending close (auto-closes),
 * closed (reopenable), merged (final). Stateless; the machine is immutable and thread-safe.
 */
public final class CaseLifecycle {
  /** The machine. */
  public static final StateMachine<CaseStatus, CaseTrigger> MACHINE =
      StateMachine.<CaseStatus, CaseTrigger>builder(NEW)
          .permit(NEW, CaseTrigger.OPEN, OPEN)
          .permitFromAll(CaseTrigger.WAIT, PENDING_REMINDER, NEW, OPEN)
          .permitFromAll(CaseTrigger.RESUME, OPEN, PENDING_REMINDER, PENDING_CLOSE)
          .permitFromAll(CaseTrigger.PENDING_CLOSE, PENDING_CLOSE, NEW, OPEN, PENDING_REMINDER)
          .permit(PENDING_CLOSE, CaseTrigger.AUTO_CLOSE, CLOSED)
          .permitFromAll(CaseTrigger.CLOSE, CLOSED, NEW, OPEN, PENDING_REMINDER, PENDING_CLOSE)
          .permit(CLOSED, CaseTrigger.REOPEN, OPEN)
          .permitFromAll(CaseTrigger.MERGE, MERGED, NEW, OPEN, PENDING_REMINDER, PENDING_CLOSE)
          .terminal(MERGED)
          .build();

  private CaseLifecycle() {}

  /**
   * Tells whether the SLA clock runs in a status.
   *
   * @param status the status
   * @return true for NEW and OPEN
   */
  public static boolean clockRuns(CaseStatus status) {
    return status == NEW || status == OPEN;
  }
}
