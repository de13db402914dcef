package dev.revops.sales.campaign;

/**
 * What a channel answers about one message. A channel that does not know (a timeout, a lost
 * connection) answers {@link #UNKNOWN} rather than guess; revops then looks the message up by its
 * idempotency key before it ever sends it again.
 */
public enum SendStatus {
  /** The channel delivered the message (the mail server accepted it, the call connected). */
  DELIVERED,
  /** The address does not take messages (a hard bounce, a disconnected number): final. */
  BOUNCED,
  /** The channel tried and failed (a soft bounce, a busy line); another attempt may succeed. */
  FAILED,
  /** The channel does not know what became of the message. */
  UNKNOWN
}
