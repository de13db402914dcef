package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.order.PaymentStatus;
import dev.revops.sales.returns.RefundPolicy;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnFixtures;
import dev.revops.sales.returns.ReturnLine;
import dev.revops.sales.returns.ReturnStatus;
import dev.revops.sales.returns.ReturnTrigger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReturnServiceTest {
  private final ReturnFixtures f = new ReturnFixtures();

  private Order shippedAndPaid() {
    Order o =
        f.orderService.place(
            AccountId.of("acc"),
            List.of(
                OrderLine.of(1, "MUG", 3, Money.of("10.00", "USD"), Percentage.of("10")),
                OrderLine.of(2, "TEE", 2, Money.of("25.00", "USD"), Percentage.of("7"))));
    f.orderService.fire(o.id(), OrderTrigger.APPROVE);
    f.orderService.pay(o.id(), f.orders.get(o.id()).total());
    return f.orderService.fulfil(o.id(), Map.of(1, 3L, 2, 2L));
  }

  @Test
  void partialReturnsRefundExactlyWithTaxAndRestockingFee() {
    Order o = shippedAndPaid();
    assertThat(o.total()).isEqualTo(Money.of("86.50", "USD"));
    ReturnService service = f.returnService(new RefundPolicy(Percentage.of("10"), true));
    ReturnAuthorization r =
        service.request(o.id(), List.of(new ReturnLine(1, 1), new ReturnLine(2, 1)), "too small");
    service.fire(r.id(), ReturnTrigger.ACCEPT);
    service.fire(r.id(), ReturnTrigger.RECEIVE);
    ReturnAuthorization done = service.refund(r.id());
    assertThat(done.status()).isEqualTo(ReturnStatus.COMPLETED);
    // mug: 10.00 + 1.00 tax - 1.00 fee; tee: 25.00 + 1.75 tax - 2.50 fee
    assertThat(done.refund().lines())
        .extracting(l -> l.net() + "/" + l.tax() + "/" + l.fee() + "/" + l.total())
        .containsExactly(
            "USD 10.00/USD 1.00/USD 1.00/USD 10.00", "USD 25.00/USD 1.75/USD 2.50/USD 24.25");
    assertThat(done.refund().amount()).isEqualTo(Money.of("34.25", "USD"));
    Order after = f.orders.get(o.id());
    assertThat(after.refunded()).isEqualTo(Money.of("34.25", "USD"));
    assertThat(after.payment()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
  }

  @Test
  void returningEverythingPieceByPieceRefundsExactlyWhatWasPaid() {
    Order o =
        f.orderService.place(
            AccountId.of("acc"),
            List.of(OrderLine.of(1, "PEN", 3, Money.of("0.99", "USD"), Percentage.of("8.875"))));
    f.orderService.fire(o.id(), OrderTrigger.APPROVE);
    f.orderService.pay(o.id(), o.total());
    f.orderService.fulfil(o.id(), Map.of(1, 3L));
    ReturnService service = f.returnService(RefundPolicy.full());
    for (int i = 0; i < 3; i++) {
      ReturnAuthorization r = service.request(o.id(), List.of(new ReturnLine(1, 1)), "broken");
      service.fire(r.id(), ReturnTrigger.ACCEPT);
      service.refund(r.id());
    }
    Order after = f.orders.get(o.id());
    assertThat(after.refunded()).isEqualTo(after.paid());
    assertThat(after.payment()).isEqualTo(PaymentStatus.REFUNDED);
  }

  @Test
  void refusals() {
    Order o = shippedAndPaid();
    ReturnService service = f.returnService(RefundPolicy.full());
    assertThatThrownBy(
            () -> service.request(o.id(), List.of(new ReturnLine(1, 4), new ReturnLine(9, 1)), "x"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage())
                    .isEqualTo(
                        "Invalid return request (2 violations): lines[1]: at most 3 can be returned"
                            + " (shipped and not yet returned); lines[9]: no such order line"));
    ReturnAuthorization r = service.request(o.id(), List.of(new ReturnLine(1, 3)), "x");
    assertThatThrownBy(() -> service.request(o.id(), List.of(new ReturnLine(1, 1)), "again"))
        .hasMessageContaining("lines[1]: at most 0 can be returned");
    assertThatThrownBy(() -> service.refund(r.id()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("Cannot fire REFUND in state REQUESTED; allowed events: [ACCEPT, CANCEL]");
    assertThatThrownBy(() -> service.fire(r.id(), ReturnTrigger.RECEIVE))
        .hasMessage("Cannot fire RECEIVE in state REQUESTED; allowed events: [ACCEPT, CANCEL]");
    assertThat(service.fire(r.id(), ReturnTrigger.CANCEL).status())
        .isEqualTo(ReturnStatus.CANCELLED);
    assertThatThrownBy(() -> service.fire(r.id(), ReturnTrigger.ACCEPT))
        .hasMessage("Cannot fire ACCEPT in state CANCELLED; allowed events: []");
    assertThat(service.request(o.id(), List.of(new ReturnLine(1, 1)), "after cancel").status())
        .isEqualTo(ReturnStatus.REQUESTED);
    assertThatThrownBy(() -> new RefundPolicy(Percentage.ofPercent(101), true))
        .hasMessage("restockingFee must be 0-100 %");
  }
}
