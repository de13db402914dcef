package dev.revops.core.returns;

import dev.revops.core.order.OrderPolicy;
import dev.revops.core.order.OrderService;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryOrderRepository;
import dev.revops.core.port.memory.InMemoryReturnRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Order and return services on in-memory ports. */
final class ReturnFixtures {
  final InMemoryOrderRepository orders = new InMemoryOrderRepository();
  final InMemoryReturnRepository returns = new InMemoryReturnRepository();
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final ManualClock clock = new ManualClock(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
  final SequentialIdGenerator ids = new SequentialIdGenerator("id");
  final OrderService orderService =
      new OrderService(orders, events, ids, clock, OrderPolicy.defaults());

  ReturnService returnService(RefundPolicy policy) {
    return new ReturnService(returns, orders, events, ids, clock, policy);
  }
}
