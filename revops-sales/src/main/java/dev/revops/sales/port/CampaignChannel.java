package dev.revops.sales.port;

import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.SendResult;
import java.util.Optional;

/**
 * Sends campaign messages: the host's e-mail service, SMS gateway or dialer. Implementations must
 * be thread-safe, must de-duplicate on the message's idempotency key (the same key sent twice goes
 * out once and gets the first answer) and must answer {@link
 * dev.revops.sales.campaign.SendStatus#UNKNOWN} rather than guess when they do not know. {@code
 * port.memory.InMemoryCampaignChannel} records what it is given.
 */
public interface CampaignChannel {
  /**
   * Sends a message.
   *
   * @param message the message
   * @return the answer, possibly unknown
   */
  SendResult send(ChannelMessage message);

  /**
   * Looks up what became of an earlier attempt.
   *
   * @param idempotencyKey the attempt's key
   * @return the answer, possibly still unknown; empty when the channel never received that key
   */
  Optional<SendResult> lookup(String idempotencyKey);
}
