package dev.revops.testkit.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Proves the payment gateway contract can fail: deliberately broken gateways must not pass it. */
class BrokenGatewaysFailTheContractTest {

  /** Ignores idempotency keys: every request, replays included, is a new charge. */
  static class ChargesAgainOnReplayContract extends PaymentGatewayContract {
    private final AtomicInteger charges = new AtomicInteger();

    @Override
    protected PaymentGateway newGateway(Scenario scenario) {
      charges.set(0);
      return new PaymentGateway() {
        @Override
        public GatewayResult execute(GatewayRequest request) {
          int n = charges.incrementAndGet();
          return n == 1
              ? InMemoryPaymentGatewayConformanceTest.resultFor(
                  scenario.idempotencyKey(), scenario.firstAnswer())
              : GatewayResult.success("charge-" + n);
        }

        @Override
        public GatewayResult lookup(String idempotencyKey) {
          return InMemoryPaymentGatewayConformanceTest.resultFor(
              idempotencyKey, scenario.resolution());
        }
      };
    }

    @Override
    protected int processed() {
      return charges.get();
    }
  }

  /** Keys are de-duplicated, but a lookup forgets everything and answers unknown. */
  static class ForgetfulLookupContract extends PaymentGatewayContract {
    private InMemoryPaymentGateway inner;

    @Override
    protected PaymentGateway newGateway(Scenario scenario) {
      inner =
          new InMemoryPaymentGateway()
              .script(
                  InMemoryPaymentGatewayConformanceTest.resultFor(
                      scenario.idempotencyKey(), scenario.firstAnswer()));
      return new PaymentGateway() {
        @Override
        public GatewayResult execute(GatewayRequest request) {
          return inner.execute(request);
        }

        @Override
        public GatewayResult lookup(String idempotencyKey) {
          return GatewayResult.unknown();
        }
      };
    }

    @Override
    protected int processed() {
      return inner.executed();
    }
  }

  @Test
  void aGatewayThatChargesAgainOnReplayFailsTheContract() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(ChargesAgainOnReplayContract.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test("aReplayedKeyReturnsTheFirstAnswerAndMovesMoneyOnce"), finishedWithFailure()))
        .haveExactly(
            1,
            event(
                test("anUnknownAnswerIsResolvedByLookupAndAReplayMovesNoMoney"),
                finishedWithFailure()))
        .haveExactly(
            1,
            event(
                test("racingReplaysOfOneKeyMoveMoneyOnceAndAllGetTheSameAnswer"),
                finishedWithFailure()))
        .haveExactly(
            1,
            event(
                test("aKeyReusedForAnotherRequestIsRefusedAndMovesNoMoney"),
                finishedWithFailure()));
  }

  @Test
  void aGatewayWhoseLookupForgetsFailsTheContractOnlyWhereLookupsMatter() {
    EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(ForgetfulLookupContract.class))
        .execute()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("aPendingAnswerIsResolvedByLookup"), finishedWithFailure()))
        .haveExactly(
            1,
            event(
                test("anUnknownAnswerIsResolvedByLookupAndAReplayMovesNoMoney"),
                finishedWithFailure()))
        .haveExactly(1, event(test("aLookupFindsASettledAnswer"), finishedWithFailure()))
        .haveExactly(
            1,
            event(
                test("aReplayedKeyReturnsTheFirstAnswerAndMovesMoneyOnce"),
                finishedSuccessfully()));
  }
}
