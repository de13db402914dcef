package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.order.CancelOutcome;
import dev.revops.sales.order.FulfilmentStatus;
import dev.revops.sales.order.FulfilmentTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderEvents.OrderStatusChanged;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.order.OrderStatus;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.order.PaymentStatus;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderServiceTest {
  static final Instant T0 = Instant.parse("2026-05-04T10:00:00Z");
  private final InMemoryOrderRepository repo = new InMemoryOrderRepository();
  private final InMemoryEventPublisher events = new InMemoryEventPublisher();
  private final ManualClock clock = new ManualClock(T0, ZoneOffset.UTC);
  private final OrderService service =
      new OrderService(
          repo, events, new SequentialIdGenerator("ord"), clock, OrderPolicy.defaults());

  static List<OrderLine> lines() {
    return List.of(
        OrderLine.of(1, "WIDGET", 3, Money.of("10.00", "USD"), Percentage.of("8.25")),
        OrderLine.of(2, "GADGET", 1, Money.of("99.99", "USD"), Percentage.ZERO));
  }

  private Order placed() {
    return service.place(AccountId.of("acc"), lines());
  }

  @Test
  void happyPathWithPartialPaymentAndPartialFulfilment() {
    Order o = placed();
    // 30.00 + 2.48 tax (2.475 half-even) + 99.99
    assertThat(o.total()).isEqualTo(Money.of("132.47", "USD"));
    service.fire(o.id(), OrderTrigger.PROCESS);
    service.authorize(o.id());
    service.fire(o.id(), OrderTrigger.APPROVE);
    assertThat(service.pay(o.id(), Money.of("32.47", "USD")).payment())
        .isEqualTo(PaymentStatus.PARTIALLY_PAID);
    assertThat(service.pay(o.id(), Money.of("100.00", "USD")).payment())
        .isEqualTo(PaymentStatus.PAID);
    Order part = service.fulfil(o.id(), Map.of(1, 2L));
    assertThat(part.fulfilment()).isEqualTo(FulfilmentStatus.PARTIALLY_FULFILLED);
    assertThat(part.status()).isEqualTo(OrderStatus.APPROVED);
    Order sent = service.fulfil(o.id(), Map.of(1, 1L, 2, 1L));
    assertThat(sent.fulfilment()).isEqualTo(FulfilmentStatus.FULFILLED);
    assertThat(sent.status()).isEqualTo(OrderStatus.SENT);
    assertThat(service.fire(o.id(), OrderTrigger.COMPLETE).status())
        .isEqualTo(OrderStatus.COMPLETED);
    assertThat(service.fire(o.id(), OrderTrigger.REOPEN).status()).isEqualTo(OrderStatus.APPROVED);
    assertThat(events.published(OrderStatusChanged.class))
        .extracting(OrderStatusChanged::to)
        .containsExactly(
            OrderStatus.PROCESSING,
            OrderStatus.APPROVED,
            OrderStatus.SENT,
            OrderStatus.COMPLETED,
            OrderStatus.APPROVED);
  }

  @Test
  void cancelInsideTheWindowAndRefusedAfterItWithAReason() {
    Order a = placed();
    clock.advance(Duration.ofDays(13));
    CancelOutcome ok = service.cancel(a.id());
    assertThat(ok.cancelled()).isTrue();
    assertThat(ok.order().status()).isEqualTo(OrderStatus.CANCELLED);

    Order b = placed();
    service.fire(b.id(), OrderTrigger.APPROVE);
    clock.advance(Duration.ofDays(14));
    CancelOutcome late = service.cancel(b.id());
    assertThat(late.cancelled()).isFalse();
    assertThat(late.decision().reason())
        .isEqualTo("the cancellation window of 14 days closed at 2026-05-31T10:00:00Z");
    assertThat(repo.get(b.id()).status()).isEqualTo(OrderStatus.APPROVED);

    CancelOutcome again = service.cancel(a.id());
    assertThat(again.decision().reason())
        .isEqualTo("order ord-1 is CANCELLED and cannot be cancelled");
    assertThatThrownBy(() -> service.pay(a.id(), Money.of("1.00", "USD")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Cannot fire PAY in state CANCELLED (the order is closed); allowed events: []");
    assertThatThrownBy(() -> service.fire(a.id(), OrderTrigger.CANCEL))
        .hasMessage("cancel through cancel(id): it checks the window");
  }

  @Test
  void unconfirmedOrdersExpireAfterTheConfiguredTime() {
    Order stale = placed();
    Order confirmed = placed();
    service.fire(confirmed.id(), OrderTrigger.APPROVE);
    clock.advance(Duration.ofHours(23));
    assertThat(service.expireUnconfirmed()).isEmpty();
    clock.advance(Duration.ofHours(1));
    assertThat(service.expireUnconfirmed()).extracting(Order::id).containsExactly(stale.id());
    assertThat(repo.get(stale.id()).status()).isEqualTo(OrderStatus.EXPIRED);
    assertThat(repo.get(confirmed.id()).status()).isEqualTo(OrderStatus.APPROVED);
    assertThatThrownBy(() -> service.fire(stale.id(), OrderTrigger.APPROVE))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Cannot fire APPROVE in state EXPIRED; allowed events: []");
  }

  @Test
  void refusalsForPaymentsShipmentsAndHolds() {
    Order o = placed();
    assertThatThrownBy(() -> service.fulfil(o.id(), Map.of(1, 1L)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("Cannot fire FULFIL in state CREATED (only APPROVED orders ship)");
    service.fire(o.id(), OrderTrigger.APPROVE);
    assertThatThrownBy(() -> service.fulfil(o.id(), Map.of(1, 4L, 7, 1L)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Invalid shipment (2 violations): quantities[1]: must be within 0..3;"
                            + " quantities[7]: no such line"));
    assertThatThrownBy(() -> service.pay(o.id(), Money.of("200.00", "USD")))
        .hasMessage(
            "Invalid payment (1 violation): amount: must be positive and at most the amount due"
                + " USD 132.47");
    service.fulfilment(o.id(), FulfilmentTrigger.HOLD);
    assertThatThrownBy(() -> service.fulfil(o.id(), Map.of(1, 1L)))
        .hasMessage("Cannot fire FULFIL_PART in state ON_HOLD; allowed events: [RELEASE]");
    service.fulfilment(o.id(), FulfilmentTrigger.RELEASE);
    service.pay(o.id(), Money.of("132.47", "USD"));
    assertThatThrownBy(() -> service.authorize(o.id()))
        .hasMessage(
            "Cannot fire AUTHORIZE in state PAID; allowed events: [REFUND_PART, REFUND_FULL]");
    Order refunded = repo.get(o.id());
    assertThatThrownBy(() -> refunded.refund(Money.of("132.48", "USD"), T0))
        .hasMessageContaining("at most the refundable USD 132.47");
    assertThat(refunded.refund(Money.of("132.47", "USD"), T0).value().payment())
        .isEqualTo(PaymentStatus.REFUNDED);
    assertThat(o.voidPayment(T0).value().payment()).isEqualTo(PaymentStatus.VOIDED);
  }
}
