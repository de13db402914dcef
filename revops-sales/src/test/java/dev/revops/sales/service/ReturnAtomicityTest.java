package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.TestPorts;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderEvents.OrderPaymentChanged;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.port.memory.InMemoryReturnRepository;
import dev.revops.sales.returns.RefundPolicy;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnLine;
import dev.revops.sales.returns.ReturnStatus;
import dev.revops.sales.returns.ReturnTrigger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Refunds are one unit of work; the requests of one order are serialised. */
class ReturnAtomicityTest {
  private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
  private final InMemoryReturnRepository realReturns = new InMemoryReturnRepository();
  private final AtomicBoolean failReturnSaves = new AtomicBoolean();
  private final InMemoryEventPublisher events = new InMemoryEventPublisher();
  private final SalesContext context =
      SalesContext.embedded(
          events,
          new SequentialIdGenerator("id"),
          new ManualClock(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC));
  private final OrderService orderService =
      new OrderService(orders, context, OrderPolicy.defaults());
  private final ReturnService service =
      new ReturnService(failingReturns(), orders, context, RefundPolicy.full());

  private ReturnRepository failingReturns() {
    return TestPorts.failingSaves(
        ReturnRepository.class, realReturns, failReturnSaves::get, "return store down");
  }

  private Order shippedAndPaid() {
    Order o =
        orderService.place(
            AccountId.of("acc"),
            List.of(OrderLine.of(1, "MUG", 3, Money.of("10.00", "USD"), Percentage.ZERO)));
    orderService.fire(o.id(), OrderTrigger.APPROVE);
    orderService.pay(o.id(), o.total());
    return orderService.fulfil(o.id(), Map.of(1, 3L));
  }

  @Test
  void aRefundWhoseReturnSaveFailsLeavesTheOrderUnrefunded() {
    Order o = shippedAndPaid();
    ReturnAuthorization r = service.request(o.id(), List.of(new ReturnLine(1, 2)), "broken");
    service.fire(r.id(), ReturnTrigger.ACCEPT);
    service.fire(r.id(), ReturnTrigger.RECEIVE);
    int refundEvents = events.published(OrderPaymentChanged.class).size();

    failReturnSaves.set(true);
    assertThatThrownBy(() -> service.refund(r.id())).hasMessage("return store down");
    assertThat(orders.get(o.id()).refunded()).isEqualTo(Money.of("0.00", "USD"));
    assertThat(events.published(OrderPaymentChanged.class)).hasSize(refundEvents);

    failReturnSaves.set(false);
    assertThat(service.refund(r.id()).status()).isEqualTo(ReturnStatus.COMPLETED);
    assertThat(orders.get(o.id()).refunded()).isEqualTo(Money.of("20.00", "USD"));
  }

  @Test
  void eightConcurrentRequestsNeverReturnMoreThanWasShipped() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    int bad = 0;
    try {
      for (int round = 0; round < 200; round++) {
        Order o = shippedAndPaid();
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<ReturnAuthorization>> calls = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          calls.add(
              pool.submit(
                  () -> {
                    gate.await();
                    return service.request(o.id(), List.of(new ReturnLine(1, 2)), "broken");
                  }));
        }
        gate.countDown();
        int granted = 0;
        int refused = 0;
        for (Future<ReturnAuthorization> c : calls) {
          try {
            c.get();
            granted++;
          } catch (ExecutionException e) {
            if (e.getCause() instanceof InvalidInputException) {
              refused++;
            }
          }
        }
        long requested =
            realReturns.findByOrder(o.id()).stream()
                .mapToLong(r -> r.lines().get(0).quantity())
                .sum();
        if (granted != 1 || refused != 7 || requested != 2) {
          bad++;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(bad).as("rounds returning more than was shipped, of 200").isZero();
  }
}
