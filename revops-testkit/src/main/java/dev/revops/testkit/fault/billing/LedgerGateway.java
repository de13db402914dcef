package dev.revops.testkit.fault.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.money.Money;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A fake payment gateway that keeps the processor's own books: how much money it really captured
 * and refunded for each payment, and how many requests of each type reached it. The suites compare
 * these books with revops' (money captured at the gateway = money applied to invoices + credit
 * balance; no refund above the capture).
 *
 * <p>It honours the port's contract: a repeated idempotency key returns the first answer and moves
 * no money twice; a lookup returns the answer recorded for a key, or {@link
 * TransactionStatus#UNKNOWN} for a key it never received. Each new request takes the next scripted
 * {@link Outcome} (a success when the script is empty), which may also be a timeout: the gateway
 * decides (and moves the money) and then the call throws, or the call throws before the gateway
 * sees anything. Thread-safe (synchronized).
 */
public final class LedgerGateway implements PaymentGateway {
  /**
   * What the next new request meets.
   *
   * @param result the gateway's decision (ignored when {@code reached} is false)
   * @param reached whether the request reaches the gateway (false: lost on the way, nothing
   *     happens)
   * @param answered whether the caller gets the answer (false: the call throws {@link
   *     GatewayTimeout} after the gateway decided)
   */
  public record Outcome(GatewayResult result, boolean reached, boolean answered) {
    /**
     * The gateway decides and answers.
     *
     * @param result the decision
     * @return the outcome
     */
    public static Outcome answer(GatewayResult result) {
      return new Outcome(requireNonNull(result, "result"), true, true);
    }

    /**
     * The gateway decides (money moves on success), then the call times out.
     *
     * @param result the decision
     * @return the outcome
     */
    public static Outcome timeoutAfter(GatewayResult result) {
      return new Outcome(requireNonNull(result, "result"), true, false);
    }

    /**
     * The request is lost before the gateway sees it, and the call times out.
     *
     * @return the outcome
     */
    public static Outcome lost() {
      return new Outcome(GatewayResult.unknown(), false, false);
    }
  }

  /** The timeout a scripted {@link Outcome} throws. */
  public static final class GatewayTimeout extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the timeout.
     *
     * @param key the request's idempotency key
     */
    public GatewayTimeout(String key) {
      super("gateway timeout for request " + key);
    }
  }

  private final Deque<Outcome> script = new ArrayDeque<>();
  private final Map<String, GatewayRequest> requests = new HashMap<>();
  private final Map<String, GatewayResult> answers = new HashMap<>();
  private final Map<PaymentId, Money> captured = new HashMap<>();
  private final Map<PaymentId, Money> refunded = new HashMap<>();
  private final Map<TransactionType, Integer> received = new HashMap<>();
  private int executeCalls;

  /** Creates a gateway that captures and refunds everything until scripted otherwise. */
  public LedgerGateway() {}

  /**
   * Queues outcomes for the next new requests.
   *
   * @param outcomes the outcomes, in order
   * @return this gateway
   */
  public synchronized LedgerGateway script(Outcome... outcomes) {
    for (Outcome o : outcomes) {
      script.add(requireNonNull(o, "outcome"));
    }
    return this;
  }

  /**
   * Drops the outcomes not used yet: from now on every new request succeeds.
   *
   * @return this gateway
   */
  public synchronized LedgerGateway clearScript() {
    script.clear();
    return this;
  }

  @Override
  public GatewayResult execute(GatewayRequest request) {
    requireNonNull(request, "request");
    Outcome outcome;
    GatewayResult answer;
    synchronized (this) {
      executeCalls++;
      GatewayRequest first = requests.get(request.idempotencyKey());
      if (first != null) {
        if (!first.equals(request)) {
          throw new IdempotencyConflictException(
              request.idempotencyKey(), "gateway request differs");
        }
        return answers.get(request.idempotencyKey());
      }
      outcome =
          script.isEmpty()
              ? Outcome.answer(GatewayResult.success("gw-" + (requests.size() + 1)))
              : script.poll();
      if (!outcome.reached()) {
        throw new GatewayTimeout(request.idempotencyKey());
      }
      answer = outcome.result();
      requests.put(request.idempotencyKey(), request);
      answers.put(request.idempotencyKey(), answer);
      received.merge(request.type(), 1, Integer::sum);
      book(request, answer);
    }
    if (!outcome.answered()) {
      throw new GatewayTimeout(request.idempotencyKey());
    }
    return answer;
  }

  private void book(GatewayRequest request, GatewayResult answer) {
    if (answer.status() != TransactionStatus.SUCCESS) {
      return;
    }
    switch (request.type()) {
      case PURCHASE, CAPTURE -> captured.merge(request.payment(), request.amount(), Money::plus);
      case REFUND -> refunded.merge(request.payment(), request.amount(), Money::plus);
      default -> {
        // authorizations, voids and chargebacks move no money in these books
      }
    }
  }

  /**
   * Decides a request the gateway answered as pending: money moves now on success.
   *
   * @param idempotencyKey the request's key
   * @param result the final decision (success or failure)
   * @return this gateway
   */
  public synchronized LedgerGateway settle(String idempotencyKey, GatewayResult result) {
    GatewayResult known = answers.get(idempotencyKey);
    if (known == null || known.status() != TransactionStatus.PENDING) {
      throw new IllegalStateException("no pending request " + idempotencyKey);
    }
    answers.put(idempotencyKey, result);
    book(requests.get(idempotencyKey), result);
    return this;
  }

  @Override
  public synchronized GatewayResult lookup(String idempotencyKey) {
    GatewayResult known = answers.get(requireNonNull(idempotencyKey, "idempotencyKey"));
    return known == null ? GatewayResult.unknown() : known;
  }

  /**
   * Returns the money the gateway captured for a payment.
   *
   * @param payment the payment
   * @param zero the zero of its currency (returned when nothing was captured)
   * @return the amount
   */
  public synchronized Money capturedFor(PaymentId payment, Money zero) {
    return captured.getOrDefault(payment, zero);
  }

  /**
   * Returns the money the gateway refunded for a payment.
   *
   * @param payment the payment
   * @param zero the zero of its currency (returned when nothing was refunded)
   * @return the amount
   */
  public synchronized Money refundedFor(PaymentId payment, Money zero) {
    return refunded.getOrDefault(payment, zero);
  }

  /**
   * Returns all the money the gateway captured.
   *
   * @param zero the zero of the currency
   * @return the sum
   */
  public synchronized Money totalCaptured(Money zero) {
    Money sum = zero;
    for (Money m : captured.values()) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Returns all the money the gateway refunded.
   *
   * @param zero the zero of the currency
   * @return the sum
   */
  public synchronized Money totalRefunded(Money zero) {
    Money sum = zero;
    for (Money m : refunded.values()) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Returns how many distinct requests of a type reached the gateway (repeats of a key not
   * counted).
   *
   * @param type the transaction type
   * @return the count
   */
  public synchronized int received(TransactionType type) {
    return received.getOrDefault(type, 0);
  }

  /**
   * Returns how many times {@code execute} was called, repeats of a key included.
   *
   * @return the count
   */
  public synchronized int executeCalls() {
    return executeCalls;
  }
}
