package dev.revops.sales.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.campaign.ChannelMessage;
import dev.revops.sales.campaign.SendResult;
import dev.revops.sales.campaign.SendStatus;
import dev.revops.sales.port.CampaignChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory {@link CampaignChannel} for tests, the demo and dry runs: it keeps every message it
 * is given, de-duplicates on the idempotency key (a repeated key returns the first answer and adds
 * no message) and answers with a function of the message, {@code DELIVERED} by default.
 * Thread-safe.
 */
public final class InMemoryCampaignChannel implements CampaignChannel {
  private final Function<ChannelMessage, SendResult> answers;
  private final Map<String, SendResult> byKey = new LinkedHashMap<>();
  private final List<ChannelMessage> sent = new ArrayList<>();

  /** A channel that delivers everything. */
  public InMemoryCampaignChannel() {
    this(m -> SendResult.of(SendStatus.DELIVERED));
  }

  /**
   * A channel whose answers a function decides (a bounce for some addresses, say).
   *
   * @param answers the answer to each new message
   */
  public InMemoryCampaignChannel(Function<ChannelMessage, SendResult> answers) {
    this.answers = requireNonNull(answers, "answers");
  }

  @Override
  public synchronized SendResult send(ChannelMessage message) {
    requireNonNull(message, "message");
    SendResult first = byKey.get(message.idempotencyKey());
    if (first != null) {
      return first;
    }
    SendResult r = requireNonNull(answers.apply(message), "answer");
    byKey.put(message.idempotencyKey(), r);
    sent.add(message);
    return r;
  }

  @Override
  public synchronized Optional<SendResult> lookup(String idempotencyKey) {
    return Optional.ofNullable(byKey.get(idempotencyKey));
  }

  /**
   * Records what became of a message after its answer, as a delivery report would (an unknown
   * answer later known).
   *
   * @param idempotencyKey the attempt's key
   * @param result what became of it
   */
  public synchronized void report(String idempotencyKey, SendResult result) {
    if (!byKey.containsKey(idempotencyKey)) {
      throw new IllegalArgumentException("no message was sent with key " + idempotencyKey);
    }
    byKey.put(idempotencyKey, requireNonNull(result, "result"));
  }

  /**
   * Returns every message taken, in order; a repeated key appears once.
   *
   * @return a snapshot
   */
  public synchronized List<ChannelMessage> sent() {
    return List.copyOf(sent);
  }
}
