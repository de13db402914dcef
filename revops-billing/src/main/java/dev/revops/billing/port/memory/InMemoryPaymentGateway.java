package dev.revops.billing.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.core.error.IdempotencyConflictException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A fake gateway with scriptable outcomes, for tests, demos and simulations. Each new request takes
 * the next scripted result (success when the script is empty); a repeated idempotency key returns
 * the first answer without consuming the script; a lookup returns the result scripted with {@link
 * #resolveAs} for that key, else the recorded one. It counts the requests that moved money.
 * Thread-safe (synchronized).
 */
public final class InMemoryPaymentGateway implements PaymentGateway {
  private final Deque<GatewayResult> script = new ArrayDeque<>();
  private final Map<String, GatewayRequest> requests = new HashMap<>();
  private final Map<String, GatewayResult> answers = new HashMap<>();
  private final Map<String, GatewayResult> resolutions = new HashMap<>();
  private int executed;
  private int lookups;

  /**
   * Queues results for the next new requests.
   *
   * @param results the results, in order
   * @return this gateway
   */
  public synchronized InMemoryPaymentGateway script(GatewayResult... results) {
    for (GatewayResult r : results) {
      script.add(requireNonNull(r, "result"));
    }
    return this;
  }

  /**
   * Says what a lookup of a key will find (to resolve a pending or unknown result).
   *
   * @param idempotencyKey the key
   * @param result the result found
   * @return this gateway
   */
  public synchronized InMemoryPaymentGateway resolveAs(
      String idempotencyKey, GatewayResult result) {
    resolutions.put(idempotencyKey, result);
    return this;
  }

  @Override
  public synchronized GatewayResult execute(GatewayRequest request) {
    GatewayRequest first = requests.get(request.idempotencyKey());
    if (first != null) {
      if (!first.equals(request)) {
        throw new IdempotencyConflictException(request.idempotencyKey(), "gateway request differs");
      }
      return answers.get(request.idempotencyKey());
    }
    GatewayResult r =
        script.isEmpty() ? GatewayResult.success("gw-" + (executed + 1)) : script.poll();
    executed++;
    requests.put(request.idempotencyKey(), request);
    answers.put(request.idempotencyKey(), r);
    return r;
  }

  @Override
  public synchronized GatewayResult lookup(String idempotencyKey) {
    lookups++;
    GatewayResult r = resolutions.get(idempotencyKey);
    if (r != null) {
      answers.put(idempotencyKey, r);
      return r;
    }
    GatewayResult known = answers.get(idempotencyKey);
    return known == null ? GatewayResult.unknown() : known;
  }

  /**
   * Returns how many distinct requests reached the gateway.
   *
   * @return the count
   */
  public synchronized int executed() {
    return executed;
  }

  /**
   * Returns how many lookups were made.
   *
   * @return the count
   */
  public synchronized int lookups() {
    return lookups;
  }

  /**
   * Tells whether a key's last known answer is unknown.
   *
   * @param idempotencyKey the key
   * @return true when unknown
   */
  public synchronized boolean isUnknown(String idempotencyKey) {
    GatewayResult r = answers.get(idempotencyKey);
    return r != null && r.status() == TransactionStatus.UNKNOWN;
  }
}
