package dev.revops.sales.returns;

import static java.util.Objects.requireNonNull;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.Changed;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.returns.ReturnEvents.ReturnStatusChanged;
import java.time.Instant;
import java.util.List;

/**
 * A return merchandise authorisation (RMA): which quantities of which order lines come back, its
 * status and, once completed, the refund. Immutable and thread-safe.
 *
 * @param id the id
 * @param order the order
 * @param lines the returned quantities, at least one
 * @param reason the customer's reason
 * @param status the status
 * @param refund the refund once completed, else null
 * @param requestedAt when it was requested
 * @param version the stored version
 */
public record ReturnAuthorization(
    ReturnId id,
    OrderId order,
    List<ReturnLine> lines,
    String reason,
    ReturnStatus status,
    Refund refund,
    Instant requestedAt,
    long version)
    implements Aggregate<ReturnId, ReturnAuthorization> {

  /** Checks the parts. */
  public ReturnAuthorization {
    requireNonNull(id, "id");
    requireNonNull(order, "order");
    requireNonNull(status, "status");
    requireNonNull(requestedAt, "requestedAt");
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("return " + id + ": needs at least one line");
    }
  }

  /**
   * Requests a return.
   *
   * @param id the id
   * @param order the order
   * @param lines the quantities
   * @param reason the reason
   * @param at when
   * @return the return and {@link ReturnStatusChanged}
   */
  public static Changed<ReturnAuthorization> request(
      ReturnId id, OrderId order, List<ReturnLine> lines, String reason, Instant at) {
    ReturnAuthorization r =
        new ReturnAuthorization(id, order, lines, reason, ReturnStatus.REQUESTED, null, at, NEW);
    return Changed.of(
        r,
        new ReturnStatusChanged(
            EventId.forChange(id, NEW, ReturnStatusChanged.class),
            id,
            order,
            null,
            ReturnStatus.REQUESTED,
            null,
            at));
  }

  /**
   * Moves the return (not for refunds: see {@link #complete}).
   *
   * @param trigger ACCEPT, RECEIVE or CANCEL
   * @param at when
   * @return the return and {@link ReturnStatusChanged}
   */
  public Changed<ReturnAuthorization> fire(ReturnTrigger trigger, Instant at) {
    if (trigger == ReturnTrigger.REFUND || trigger == ReturnTrigger.MANUAL_REFUND) {
      throw new IllegalArgumentException("refunds go through complete(refund)");
    }
    return move(trigger, null, at);
  }

  /**
   * Completes the return with its refund: REFUND from received, MANUAL_REFUND from accepted.
   *
   * @param refund the computed refund
   * @param at when
   * @return the return and {@link ReturnStatusChanged}
   */
  public Changed<ReturnAuthorization> complete(Refund refund, Instant at) {
    ReturnTrigger t =
        status == ReturnStatus.ACCEPTED ? ReturnTrigger.MANUAL_REFUND : ReturnTrigger.REFUND;
    return move(t, requireNonNull(refund, "refund"), at);
  }

  private Changed<ReturnAuthorization> move(ReturnTrigger t, Refund newRefund, Instant at) {
    ReturnStatus next = ReturnLifecycle.MACHINE.next(status, t);
    Money amount = newRefund == null ? null : newRefund.amount();
    return Changed.of(
        new ReturnAuthorization(id, order, lines, reason, next, newRefund, requestedAt, version),
        new ReturnStatusChanged(
            EventId.forChange(id, version, ReturnStatusChanged.class),
            id,
            order,
            status,
            next,
            amount,
            at));
  }

  @Override
  public ReturnAuthorization withVersion(long newVersion) {
    return new ReturnAuthorization(
        id, order, lines, reason, status, refund, requestedAt, newVersion);
  }
}
