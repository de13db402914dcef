package dev.revops.sales.returns;

import static dev.revops.sales.returns.ReturnStatus.ACCEPTED;
import static dev.revops.sales.returns.ReturnStatus.CANCELLED;
import static dev.revops.sales.returns.ReturnStatus.COMPLETED;
import static dev.revops.sales.returns.ReturnStatus.RECEIVED;
import static dev.revops.sales.returns.ReturnStatus.REQUESTED;

import dev.revops.core.statemachine.StateMachine;

/**
 * The return lifecycle (OFBiz): requested, accepted, received, completed (refunded), or a manual
 * refund from accepted; cancelled from any open status. Stateless; the machine is immutable.
 */
public final class ReturnLifecycle {
  /** The machine. */
  public static final StateMachine<ReturnStatus, ReturnTrigger> MACHINE =
      StateMachine.<ReturnStatus, ReturnTrigger>builder(REQUESTED)
          .permit(REQUESTED, ReturnTrigger.ACCEPT, ACCEPTED)
          .permit(ACCEPTED, ReturnTrigger.RECEIVE, RECEIVED)
          .permit(RECEIVED, ReturnTrigger.REFUND, COMPLETED)
          .permit(ACCEPTED, ReturnTrigger.MANUAL_REFUND, COMPLETED)
          .permitFromAll(ReturnTrigger.CANCEL, CANCELLED, REQUESTED, ACCEPTED, RECEIVED)
          .terminal(COMPLETED)
          .terminal(CANCELLED)
          .build();

  private ReturnLifecycle() {}
}
