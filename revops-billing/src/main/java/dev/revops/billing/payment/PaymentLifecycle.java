package dev.revops.billing.payment;

import static dev.revops.billing.payment.PaymentAction.AUTHORIZE_OK;
import static dev.revops.billing.payment.PaymentAction.CAPTURE_OK;
import static dev.revops.billing.payment.PaymentAction.CHARGEBACK;
import static dev.revops.billing.payment.PaymentAction.FAIL;
import static dev.revops.billing.payment.PaymentAction.LOSE_TRACK;
import static dev.revops.billing.payment.PaymentAction.PURCHASE_OK;
import static dev.revops.billing.payment.PaymentAction.REFUND_FULL;
import static dev.revops.billing.payment.PaymentAction.REFUND_PARTIAL;
import static dev.revops.billing.payment.PaymentAction.SEND;
import static dev.revops.billing.payment.PaymentAction.VOID_OK;
import static dev.revops.billing.payment.PaymentAction.WAIT;
import static dev.revops.billing.payment.PaymentStatus.AUTHORIZED;
import static dev.revops.billing.payment.PaymentStatus.CAPTURED;
import static dev.revops.billing.payment.PaymentStatus.CHARGED_BACK;
import static dev.revops.billing.payment.PaymentStatus.FAILED;
import static dev.revops.billing.payment.PaymentStatus.NEW;
import static dev.revops.billing.payment.PaymentStatus.PENDING;
import static dev.revops.billing.payment.PaymentStatus.REFUNDED;
import static dev.revops.billing.payment.PaymentStatus.UNKNOWN;
import static dev.revops.billing.payment.PaymentStatus.VOIDED;

import dev.revops.core.statemachine.StateMachine;

/**
 * The payment lifecycle after Kill Bill's payment state machines, folded into one: a first
 * transaction (authorize or purchase) that may succeed, fail (and be retried), stay pending or
 * become unknown (and be resolved), then capture, refunds, void and chargeback. Every attempt is
 * saved before it is sent ({@link PaymentAction#SEND}: the payment is UNKNOWN until the answer is
 * recorded), so a crash during the call leaves a payment that a lookup settles. Stateless.
 */
public final class PaymentLifecycle {
  private PaymentLifecycle() {}

  /** The machine; immutable and shared. */
  public static final StateMachine<PaymentStatus, PaymentAction> MACHINE;

  static {
    StateMachine.Builder<PaymentStatus, PaymentAction> b = StateMachine.builder(NEW);
    for (PaymentStatus open : new PaymentStatus[] {NEW, FAILED, PENDING, UNKNOWN}) {
      b.permit(open, AUTHORIZE_OK, AUTHORIZED);
      b.permit(open, PURCHASE_OK, CAPTURED);
      b.permit(open, FAIL, FAILED);
      if (open != PENDING) {
        b.permit(open, WAIT, PENDING);
      }
      if (open != UNKNOWN) {
        b.permit(open, LOSE_TRACK, UNKNOWN);
      }
    }
    // an attempt is saved before the call (unknown until its answer is recorded or looked up)
    b.permit(NEW, SEND, UNKNOWN);
    b.permit(FAILED, SEND, UNKNOWN);
    MACHINE =
        b.permit(AUTHORIZED, CAPTURE_OK, CAPTURED)
            .permit(AUTHORIZED, VOID_OK, VOIDED)
            .permit(CAPTURED, REFUND_PARTIAL, CAPTURED)
            .permit(CAPTURED, REFUND_FULL, REFUNDED)
            .permit(CAPTURED, CHARGEBACK, CHARGED_BACK)
            .terminal(REFUNDED)
            .terminal(VOIDED)
            .terminal(CHARGED_BACK)
            .build();
  }
}
