package dev.revops.sales.order;

/** What moves an order's fulfilment status. Immutable. */
public enum FulfilmentTrigger {
  /** A shipment left quantities to ship. */
  FULFIL_PART,
  /** A shipment completed the order. */
  FULFIL_ALL,
  /** Hold fulfilment. */
  HOLD,
  /** Release a hold. */
  RELEASE
}
