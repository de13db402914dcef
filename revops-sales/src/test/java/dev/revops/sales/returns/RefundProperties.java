package dev.revops.sales.returns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.service.ReturnService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RefundProperties {
  @Provide
  Arbitrary<List<OrderLine>> orderLines() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 5),
            Arbitraries.longs().between(0, 50_000),
            Arbitraries.of("0", "5", "7.25", "8.875", "20", "27"))
        .as(
            (q, price, tax) ->
                OrderLine.of(1, "SKU", q, Money.ofMinor(price, "EUR"), Percentage.of(tax)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            ls -> {
              List<OrderLine> numbered = new ArrayList<>();
              for (int i = 0; i < ls.size(); i++) {
                OrderLine l = ls.get(i);
                numbered.add(
                    OrderLine.of(i + 1, "SKU" + i, l.quantity(), l.unitPrice(), l.taxRate()));
              }
              return numbered;
            });
  }

  @Property(tries = 1000)
  void aReturnNeverRefundsMoreThanWasPaid(
      @ForAll("orderLines") List<OrderLine> lines,
      @ForAll @IntRange(min = 0, max = 100) int paidPercent,
      @ForAll @IntRange(min = 0, max = 30) int feePercent,
      @ForAll boolean refundTax,
      @ForAll("seeds") List<Integer> picks) {
    ReturnFixtures f = new ReturnFixtures();
    Order o = f.orderService.place(AccountId.of("a"), lines);
    f.orderService.fire(o.id(), OrderTrigger.APPROVE);
    Money pay = o.total().times(paidPercent).dividedBy(100, java.math.RoundingMode.DOWN);
    if (pay.isPositive()) {
      f.orderService.pay(o.id(), pay);
    }
    Map<Integer, Long> all = new HashMap<>();
    lines.forEach(l -> all.put(l.lineNo(), l.quantity()));
    f.orderService.fulfil(o.id(), all);
    ReturnService service =
        f.returnService(new RefundPolicy(Percentage.ofPercent(feePercent), refundTax));
    Map<Integer, Long> left = new HashMap<>(all);
    Money refundedSum = Money.zero("EUR");
    for (int pick : picks) {
      OrderLine l = lines.get(pick % lines.size());
      long q = Math.min(left.get(l.lineNo()), 1 + pick % 3);
      if (q == 0) {
        continue;
      }
      left.merge(l.lineNo(), -q, Long::sum);
      ReturnAuthorization r = service.request(o.id(), List.of(new ReturnLine(l.lineNo(), q)), "x");
      service.fire(r.id(), ReturnTrigger.ACCEPT);
      ReturnAuthorization done = service.refund(r.id());
      assertThat(done.refund().amount().isNegative()).isFalse();
      refundedSum = refundedSum.plus(done.refund().amount());
    }
    Order after = f.orders.get(o.id());
    assertThat(refundedSum).isEqualTo(after.refunded());
    assertThat(after.refunded().isGreaterThan(after.paid())).isFalse();
    if (feePercent == 0
        && refundTax
        && paidPercent == 100
        && left.values().stream().allMatch(v -> v == 0)) {
      assertThat(after.refunded()).isEqualTo(after.paid());
    }
  }

  @Provide
  Arbitrary<List<Integer>> seeds() {
    return Arbitraries.integers().between(0, 1000).list().ofMaxSize(12);
  }
}
