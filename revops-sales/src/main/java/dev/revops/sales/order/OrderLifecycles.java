package dev.revops.sales.order;

import static dev.revops.sales.order.OrderStatus.APPROVED;
import static dev.revops.sales.order.OrderStatus.CANCELLED;
import static dev.revops.sales.order.OrderStatus.COMPLETED;
import static dev.revops.sales.order.OrderStatus.CREATED;
import static dev.revops.sales.order.OrderStatus.EXPIRED;
import static dev.revops.sales.order.OrderStatus.HOLD;
import static dev.revops.sales.order.OrderStatus.PROCESSING;
import static dev.revops.sales.order.OrderStatus.REJECTED;
import static dev.revops.sales.order.OrderStatus.SENT;

import dev.revops.core.statemachine.StateMachine;

/**
 * The three order machines: the lifecycle (Apache OFBiz's transitions, plus expiry of unconfirmed
 * orders), the payment status and the fulfilment status (kept separate, like Shopify). Stateless;
 * the machines are immutable and thread-safe.
 */
public final class OrderLifecycles {
  /** The order lifecycle. */
  public static final StateMachine<OrderStatus, OrderTrigger> ORDER =
      StateMachine.<OrderStatus, OrderTrigger>builder(CREATED)
          .permit(CREATED, OrderTrigger.PROCESS, PROCESSING)
          .permit(CREATED, OrderTrigger.APPROVE, APPROVED)
          .permit(CREATED, OrderTrigger.HOLD, HOLD)
          .permit(CREATED, OrderTrigger.REJECT, REJECTED)
          .permit(CREATED, OrderTrigger.CANCEL, CANCELLED)
          .permit(CREATED, OrderTrigger.EXPIRE, EXPIRED)
          .permit(PROCESSING, OrderTrigger.HOLD, HOLD)
          .permit(PROCESSING, OrderTrigger.APPROVE, APPROVED)
          .permit(PROCESSING, OrderTrigger.REJECT, REJECTED)
          .permit(PROCESSING, OrderTrigger.CANCEL, CANCELLED)
          .permit(APPROVED, OrderTrigger.SEND, SENT)
          .permit(APPROVED, OrderTrigger.PROCESS, PROCESSING)
          .permit(APPROVED, OrderTrigger.COMPLETE, COMPLETED)
          .permit(APPROVED, OrderTrigger.CANCEL, CANCELLED)
          .permit(APPROVED, OrderTrigger.HOLD, HOLD)
          .permit(HOLD, OrderTrigger.PROCESS, PROCESSING)
          .permit(HOLD, OrderTrigger.APPROVE, APPROVED)
          .permit(HOLD, OrderTrigger.CANCEL, CANCELLED)
          .permit(SENT, OrderTrigger.COMPLETE, COMPLETED)
          .permit(SENT, OrderTrigger.CANCEL, CANCELLED)
          .permit(COMPLETED, OrderTrigger.REOPEN, APPROVED)
          .terminal(CANCELLED)
          .terminal(REJECTED)
          .terminal(EXPIRED)
          .build();

  /** The payment status machine. */
  public static final StateMachine<PaymentStatus, PaymentTrigger> PAYMENT =
      StateMachine.<PaymentStatus, PaymentTrigger>builder(PaymentStatus.PENDING)
          .permit(PaymentStatus.PENDING, PaymentTrigger.AUTHORIZE, PaymentStatus.AUTHORIZED)
          .permitFromAll(
              PaymentTrigger.PAY_PART,
              PaymentStatus.PARTIALLY_PAID,
              PaymentStatus.PENDING,
              PaymentStatus.AUTHORIZED,
              PaymentStatus.PARTIALLY_PAID)
          .permitFromAll(
              PaymentTrigger.PAY_FULL,
              PaymentStatus.PAID,
              PaymentStatus.PENDING,
              PaymentStatus.AUTHORIZED,
              PaymentStatus.PARTIALLY_PAID)
          .permitFromAll(
              PaymentTrigger.VOID,
              PaymentStatus.VOIDED,
              PaymentStatus.PENDING,
              PaymentStatus.AUTHORIZED)
          .permitFromAll(
              PaymentTrigger.REFUND_PART,
              PaymentStatus.PARTIALLY_REFUNDED,
              PaymentStatus.PARTIALLY_PAID,
              PaymentStatus.PAID,
              PaymentStatus.PARTIALLY_REFUNDED)
          .permitFromAll(
              PaymentTrigger.REFUND_FULL,
              PaymentStatus.REFUNDED,
              PaymentStatus.PARTIALLY_PAID,
              PaymentStatus.PAID,
              PaymentStatus.PARTIALLY_REFUNDED)
          .terminal(PaymentStatus.REFUNDED)
          .terminal(PaymentStatus.VOIDED)
          .build();

  /** The fulfilment status machine. */
  public static final StateMachine<FulfilmentStatus, FulfilmentTrigger> FULFILMENT =
      StateMachine.<FulfilmentStatus, FulfilmentTrigger>builder(FulfilmentStatus.UNFULFILLED)
          .permitFromAll(
              FulfilmentTrigger.FULFIL_PART,
              FulfilmentStatus.PARTIALLY_FULFILLED,
              FulfilmentStatus.UNFULFILLED,
              FulfilmentStatus.PARTIALLY_FULFILLED)
          .permitFromAll(
              FulfilmentTrigger.FULFIL_ALL,
              FulfilmentStatus.FULFILLED,
              FulfilmentStatus.UNFULFILLED,
              FulfilmentStatus.PARTIALLY_FULFILLED)
          .permit(FulfilmentStatus.UNFULFILLED, FulfilmentTrigger.HOLD, FulfilmentStatus.ON_HOLD)
          .permit(FulfilmentStatus.ON_HOLD, FulfilmentTrigger.RELEASE, FulfilmentStatus.UNFULFILLED)
          .terminal(FulfilmentStatus.FULFILLED)
          .build();

  private OrderLifecycles() {}
}
