package dev.revops.sales.returns;

import dev.revops.core.money.Money;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes refunds exactly. Net is unit price times quantity. Tax is the line's tax shared out by
 * cumulative quantity: returning q units after r were returned refunds {@code share(r + q) -
 * share(r)} with {@code share(n) = tax x n / quantity} rounded half-even, so the parts of a line
 * returned piece by piece add up exactly to its tax. The restocking fee is a share of net, rounded
 * half-even. The refund is capped at paid minus already refunded: a return never refunds more than
 * was paid. Stateless and thread-safe.
 */
public final class RefundCalculator {
  private RefundCalculator() {}

  /**
   * Computes the refund of a return.
   *
   * @param order the order, with its paid and refunded amounts
   * @param lines what is returned
   * @param returnedBefore line number to quantity already refunded by earlier returns
   * @param policy the refund policy
   * @return the refund
   */
  public static Refund compute(
      Order order, List<ReturnLine> lines, Map<Integer, Long> returnedBefore, RefundPolicy policy) {
    Money computed = Money.zero(order.paid().currency());
    List<RefundLine> result = new ArrayList<>();
    for (ReturnLine r : lines) {
      OrderLine l =
          order
              .line(r.lineNo())
              .orElseThrow(() -> new IllegalArgumentException("no order line " + r.lineNo()));
      long before = returnedBefore.getOrDefault(r.lineNo(), 0L);
      Money net = l.unitPrice().times(r.quantity());
      Money tax =
          policy.refundTax()
              ? share(l.tax(), before + r.quantity(), l.quantity())
                  .minus(share(l.tax(), before, l.quantity()))
              : Money.zero(net.currency());
      Money fee = net.times(policy.restockingFee(), RoundingMode.HALF_EVEN);
      Money total = net.plus(tax).minus(fee);
      result.add(new RefundLine(r.lineNo(), r.quantity(), net, tax, fee, total));
      computed = computed.plus(total);
    }
    Money refundable = order.paid().minus(order.refunded());
    Money amount = computed.min(refundable).max(Money.zero(computed.currency()));
    return new Refund(result, computed, amount);
  }

  private static Money share(Money tax, long n, long of) {
    BigDecimal minor =
        BigDecimal.valueOf(tax.minor())
            .multiply(BigDecimal.valueOf(n))
            .divide(BigDecimal.valueOf(of), 0, RoundingMode.HALF_EVEN);
    return Money.ofMinor(minor.longValueExact(), tax.currency());
  }
}
