package dev.revops.sales.order;

/** What moves an order's payment status. Immutable. */
public enum PaymentTrigger {
  /** A payment was authorised. */
  AUTHORIZE,
  /** A payment left an amount due. */
  PAY_PART,
  /** A payment settled the order. */
  PAY_FULL,
  /** A refund left some payment kept. */
  REFUND_PART,
  /** Everything paid was refunded. */
  REFUND_FULL,
  /** The authorisation was voided. */
  VOID
}
