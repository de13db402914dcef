package dev.revops.sales.returns;

import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.port.memory.InMemoryReturnRepository;
import dev.revops.sales.service.OrderService;
import dev.revops.sales.service.ReturnService;
import java.time.Instant;
import java.time.ZoneOffset;

/** Order and return services on in-memory ports. */
public final class ReturnFixtures {
  public final InMemoryOrderRepository orders = new InMemoryOrderRepository();
  public final InMemoryReturnRepository returns = new InMemoryReturnRepository();
  public final InMemoryEventPublisher events = new InMemoryEventPublisher();
  public final ManualClock clock =
      new ManualClock(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
  public final SequentialIdGenerator ids = new SequentialIdGenerator("id");
  public final OrderService orderService =
      new OrderService(orders, events, ids, clock, OrderPolicy.defaults());

  public ReturnService returnService(RefundPolicy policy) {
    return new ReturnService(returns, orders, events, ids, clock, policy);
  }
}
