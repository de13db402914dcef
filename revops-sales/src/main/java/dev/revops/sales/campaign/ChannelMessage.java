package dev.revops.sales.campaign;

import static java.util.Objects.requireNonNull;

/**
 * A message handed to a campaign channel: which message and attempt, where to, and the rendered
 * text. A channel must de-duplicate on {@link #idempotencyKey()}: the same key sent twice goes out
 * once and gets the first answer. Immutable.
 *
 * @param target the message
 * @param idempotencyKey the attempt's key ({@link SendTarget#attemptKey(int)})
 * @param address the e-mail address or telephone number
 * @param text the personalised text, every token filled
 */
public record ChannelMessage(
    SendTarget target, String idempotencyKey, String address, String text) {
  /** Checks the parts. */
  public ChannelMessage {
    requireNonNull(target, "target");
    requireNonNull(idempotencyKey, "idempotencyKey");
    requireNonNull(address, "address");
    requireNonNull(text, "text");
  }

  /** Leaves the address and the text out: they are personal data. */
  @Override
  public String toString() {
    return "ChannelMessage[" + idempotencyKey + " on " + target.channel() + "]";
  }
}
