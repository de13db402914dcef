package dev.revops.testkit.fault.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.sales.order.FulfilmentStatus;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderStatus;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.order.PaymentStatus;
import dev.revops.sales.service.OrderService;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultScenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An order through payment and fulfilment under every single fault: place, approve, pay in full,
 * ship everything. Recovery does what a host does after a failure it cannot tell from a success: it
 * reads the account's orders and redoes only the steps not recorded. Then there is exactly one
 * order, SENT, PAID with paid equal to the total (never paid twice), FULFILLED, at version 4, and
 * exactly its five events were delivered ({@code OrderPlaced}, two {@code OrderStatusChanged},
 * {@code OrderPaymentChanged}, {@code OrderFulfilmentChanged}).
 */
public final class OrderFaultScenario implements FaultScenario<SalesFaultWorld> {
  /** The account the orders are placed for. */
  public static final AccountId ACCOUNT = AccountId.of("acc-1");

  private final Supplier<SalesAdapters> adapters;

  /**
   * Creates the scenario.
   *
   * @param adapters makes fresh, empty adapters for each run (never null)
   */
  public OrderFaultScenario(Supplier<SalesAdapters> adapters) {
    this.adapters = requireNonNull(adapters, "adapters");
  }

  private static List<OrderLine> lines() {
    return List.of(
        OrderLine.of(1, "WIDGET", 3, Money.of("10.00", "USD"), Percentage.of("8.25")),
        OrderLine.of(2, "GADGET", 1, Money.of("99.99", "USD"), Percentage.ZERO));
  }

  private static Map<Integer, Long> remaining(Order o) {
    Map<Integer, Long> q = new HashMap<>();
    for (OrderLine l : o.lines()) {
      if (l.remaining() > 0) {
        q.put(l.lineNo(), l.remaining());
      }
    }
    return q;
  }

  @Override
  public SalesFaultWorld newWorld(FaultPlan plan) {
    return new SalesFaultWorld(adapters.get(), plan);
  }

  @Override
  public void run(SalesFaultWorld world) {
    OrderService orders = world.sales().orders();
    Order o = orders.place(ACCOUNT, lines());
    orders.fire(o.id(), OrderTrigger.APPROVE);
    orders.pay(o.id(), o.total());
    orders.fulfil(o.id(), remaining(o));
  }

  @Override
  public void recover(SalesFaultWorld world) {
    OrderService orders = world.sales().orders();
    List<Order> placed =
        world.stores().orders().findAll().stream()
            .filter(x -> x.account().equals(ACCOUNT))
            .toList();
    Order o = placed.isEmpty() ? orders.place(ACCOUNT, lines()) : placed.get(0);
    if (o.status() == OrderStatus.CREATED) {
      o = orders.fire(o.id(), OrderTrigger.APPROVE);
    }
    if (o.amountDue().isPositive()) {
      o = orders.pay(o.id(), o.amountDue());
    }
    if (!remaining(o).isEmpty()) {
      orders.fulfil(o.id(), remaining(o));
    }
  }

  @Override
  public void check(SalesFaultWorld world) {
    world.checkEventsDeliveredOnce();
    List<Order> orders = world.stores().orders().findAll();
    if (orders.size() != 1) {
      throw new AssertionError("expected one order, found " + orders.size());
    }
    Order o = orders.get(0);
    if (o.status() != OrderStatus.SENT
        || o.payment() != PaymentStatus.PAID
        || !o.paid().equals(o.total())
        || o.fulfilment() != FulfilmentStatus.FULFILLED
        || o.version() != 4) {
      throw new AssertionError("order not placed, paid and shipped exactly once: " + o);
    }
    if (world.deliveredCount("OrderPlaced") != 1
        || world.deliveredCount("OrderStatusChanged") != 2
        || world.deliveredCount("OrderPaymentChanged") != 1
        || world.deliveredCount("OrderFulfilmentChanged") != 1
        || world.delivered().size() != 5) {
      throw new AssertionError("expected the order's five events, got " + world.delivered());
    }
  }
}
