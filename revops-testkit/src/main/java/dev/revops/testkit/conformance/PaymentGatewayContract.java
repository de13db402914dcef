package dev.revops.testkit.conformance;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.TransactionStatus;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.core.error.IdempotencyConflictException;
import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PaymentGateway} adapter must keep: a replayed idempotency key returns
 * the first answer and moves no money twice (also when the replays race), a key reused for a
 * different request is refused, a pending or unknown answer is resolved by {@link
 * PaymentGateway#lookup}, and a lookup never claims a success for a request the gateway never got.
 *
 * <p>A host extends this class with its adapter (against the processor's sandbox, or a recorded
 * fake) and implements two methods: {@link #newGateway(Scenario)}, which arranges the processor so
 * that the first request of a test gets the scenario's answer and a later lookup finds the
 * scenario's resolution (sandboxes do this with test cards or magic amounts), and {@link
 * #processed()}, which counts the distinct transactions the processor recorded.
 *
 * <pre>{@code
 * class StripeGatewayTest extends PaymentGatewayContract {
 *   protected PaymentGateway newGateway(Scenario s) { return new StripeGateway(sandboxFor(s)); }
 *   protected int processed() { return sandbox.countTransactions(); }
 * }
 * }</pre>
 *
 * <p>Not thread-safe itself (JUnit makes one instance per test); the concurrency test checks that
 * the adapter is.
 */
public abstract class PaymentGatewayContract {
  /** For subclasses. */
  protected PaymentGatewayContract() {}

  /**
   * How the processor behind a new gateway behaves in one test: the first request with the key gets
   * {@code firstAnswer}, a lookup of it finds {@code resolution}, and requests with other keys
   * succeed. Immutable and thread-safe; no part is null.
   *
   * @param idempotencyKey the key of the test's first request
   * @param firstAnswer the status the first request with that key gets
   * @param resolution the status a later {@link PaymentGateway#lookup} of that key finds
   */
  public record Scenario(
      String idempotencyKey, TransactionStatus firstAnswer, TransactionStatus resolution) {
    /** Checks the parts. */
    public Scenario {
      requireNonNull(idempotencyKey, "idempotencyKey");
      requireNonNull(firstAnswer, "firstAnswer");
      requireNonNull(resolution, "resolution");
    }

    /**
     * A scenario whose first answer stands (a lookup finds the same status).
     *
     * @param idempotencyKey the key of the first request
     * @param answer its status
     * @return the scenario
     */
    public static Scenario answering(String idempotencyKey, TransactionStatus answer) {
      return new Scenario(idempotencyKey, answer, answer);
    }

    /**
     * A scenario whose first answer is later resolved to another status.
     *
     * @param idempotencyKey the key of the first request
     * @param answer its first status (pending or unknown)
     * @param resolution what a later lookup finds
     * @return the scenario
     */
    public static Scenario resolving(
        String idempotencyKey, TransactionStatus answer, TransactionStatus resolution) {
      return new Scenario(idempotencyKey, answer, resolution);
    }
  }

  /**
   * Returns a new gateway for one test, arranged as the scenario says.
   *
   * @param scenario how the processor behaves
   * @return the adapter under test
   */
  protected abstract PaymentGateway newGateway(Scenario scenario);

  /**
   * Returns how many distinct transactions the processor behind the gateway last made by {@link
   * #newGateway} has recorded (a replay that moved no money is not one).
   *
   * @return the count
   */
  protected abstract int processed();

  /**
   * Returns how many threads race in the concurrency test; override for slow adapters.
   *
   * @return at least 2
   */
  protected int racers() {
    return 8;
  }

  /**
   * Returns the request the contract sends; override to use amounts or currencies your sandbox
   * needs.
   *
   * @param idempotencyKey the key
   * @param amountMinor the amount in minor units, above zero
   * @return the request
   */
  protected GatewayRequest request(String idempotencyKey, long amountMinor) {
    return new GatewayRequest(
        idempotencyKey,
        PaymentId.of("pay-" + idempotencyKey),
        TransactionType.PURCHASE,
        Money.ofMinor(amountMinor, "USD"));
  }

  @Test
  void aReplayedKeyReturnsTheFirstAnswerAndMovesMoneyOnce() {
    PaymentGateway gateway = newGateway(Scenario.answering("k-1", TransactionStatus.SUCCESS));
    GatewayResult first = gateway.execute(request("k-1", 1_000));
    assertThat(first.status()).isEqualTo(TransactionStatus.SUCCESS);
    for (int i = 0; i < 3; i++) {
      assertThat(gateway.execute(request("k-1", 1_000))).as("replay " + i).isEqualTo(first);
    }
    assertThat(processed()).as("transactions after three replays").isEqualTo(1);
  }

  @Test
  void aReplayedDeclineIsTheSameDeclineAndNoSecondAttempt() {
    PaymentGateway gateway = newGateway(Scenario.answering("k-1", TransactionStatus.FAILURE));
    GatewayResult first = gateway.execute(request("k-1", 1_000));
    assertThat(first.status()).isEqualTo(TransactionStatus.FAILURE);
    assertThat(first.decline()).as("a failure says why").isNotNull();
    assertThat(gateway.execute(request("k-1", 1_000))).isEqualTo(first);
    assertThat(processed()).isEqualTo(1);
  }

  @Test
  void distinctKeysAreDistinctTransactions() {
    PaymentGateway gateway = newGateway(Scenario.answering("k-1", TransactionStatus.SUCCESS));
    for (int i = 1; i <= 5; i++) {
      assertThat(gateway.execute(request("k-" + i, 1_000)).status())
          .as("request k-" + i)
          .isEqualTo(TransactionStatus.SUCCESS);
    }
    assertThat(processed()).isEqualTo(5);
  }

  @Test
  void aKeyReusedForAnotherRequestIsRefusedAndMovesNoMoney() {
    PaymentGateway gateway = newGateway(Scenario.answering("k-1", TransactionStatus.SUCCESS));
    GatewayResult first = gateway.execute(request("k-1", 1_000));
    assertThatThrownBy(() -> gateway.execute(request("k-1", 2_000)))
        .isInstanceOf(IdempotencyConflictException.class);
    assertThat(processed()).isEqualTo(1);
    assertThat(gateway.execute(request("k-1", 1_000))).isEqualTo(first);
  }

  /**
   * A gateway whose charge k-1 of 1000 first answers {@code first} and is then found a success,
   * after its first answer, checked.
   */
  private PaymentGateway answeredFirst(TransactionStatus first) {
    PaymentGateway gateway =
        newGateway(Scenario.resolving("k-1", first, TransactionStatus.SUCCESS));
    assertThat(gateway.execute(request("k-1", 1_000)).status()).isEqualTo(first);
    return gateway;
  }

  @Test
  void aPendingAnswerIsResolvedByLookup() {
    PaymentGateway gateway = answeredFirst(TransactionStatus.PENDING);
    assertThat(gateway.lookup("k-1").status()).isEqualTo(TransactionStatus.SUCCESS);
    gateway.execute(request("k-1", 1_000));
    assertThat(processed()).as("transactions after a lookup and a replay").isEqualTo(1);
  }

  @Test
  void anUnknownAnswerIsResolvedByLookupAndAReplayMovesNoMoney() {
    PaymentGateway gateway = answeredFirst(TransactionStatus.UNKNOWN);
    gateway.execute(request("k-1", 1_000));
    assertThat(processed()).as("a replay of an unknown charge must not charge again").isEqualTo(1);
    assertThat(gateway.lookup("k-1").status()).isEqualTo(TransactionStatus.SUCCESS);
  }

  @Test
  void anUnknownAnswerThatFailedIsFoundAsAFailureWithItsDecline() {
    PaymentGateway gateway =
        newGateway(Scenario.resolving("k-1", TransactionStatus.UNKNOWN, TransactionStatus.FAILURE));
    gateway.execute(request("k-1", 1_000));
    GatewayResult found = gateway.lookup("k-1");
    assertThat(found.status()).isEqualTo(TransactionStatus.FAILURE);
    assertThat(found.decline()).isNotNull();
  }

  @Test
  void aLookupFindsASettledAnswer() {
    PaymentGateway gateway = newGateway(Scenario.answering("k-1", TransactionStatus.SUCCESS));
    GatewayResult first = gateway.execute(request("k-1", 1_000));
    assertThat(gateway.lookup("k-1").status()).isEqualTo(first.status());
    assertThat(processed()).isEqualTo(1);
  }

  @Test
  void aLookupOfANeverSentKeyNeverClaimsASuccess() {
    PaymentGateway gateway = newGateway(Scenario.answering("k-1", TransactionStatus.SUCCESS));
    assertThat(gateway.lookup("never-sent").status())
        .isIn(TransactionStatus.UNKNOWN, TransactionStatus.FAILURE);
    assertThat(processed()).isZero();
  }

  @Test
  void racingReplaysOfOneKeyMoveMoneyOnceAndAllGetTheSameAnswer() throws Exception {
    int threads = Math.max(2, racers());
    PaymentGateway gateway = newGateway(Scenario.answering("race", TransactionStatus.SUCCESS));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<GatewayResult>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return gateway.execute(request("race", 1_000));
                }));
      }
      start.countDown();
      List<GatewayResult> answers = new ArrayList<>();
      for (Future<GatewayResult> f : futures) {
        answers.add(f.get(30, TimeUnit.SECONDS));
      }
      assertThat(answers).as("answers to racing replays").containsOnly(answers.get(0));
      assertThat(processed()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
