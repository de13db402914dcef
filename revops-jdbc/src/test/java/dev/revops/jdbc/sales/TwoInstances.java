package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.AccountRepository;
import dev.revops.core.port.ContactRepository;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.sales.port.AccountValuation;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.port.OpportunityRepository;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.service.SalesStores;
import dev.revops.testkit.fault.sales.SalesAdapters;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two app instances on one schema, behind one set of {@link SalesAdapters}: two {@link
 * RevOpsDatabase} objects over two data sources, and every port a router that sends each thread,
 * for good, to one of them (threads alternate between the two as they first call). A race suite's
 * threads then run as two processes would: their own pools, units of work, locks and outboxes,
 * sharing only the database, so a rule holds only if the database holds it.
 */
final class TwoInstances {
  private final SalesAdapters[] instances;
  private final AtomicInteger next = new AtomicInteger();
  private final ThreadLocal<Integer> mine = new ThreadLocal<>();
  private final Set<Integer> used = ConcurrentHashMap.newKeySet();

  private TwoInstances(SalesAdapters first, SalesAdapters second) {
    this.instances = new SalesAdapters[] {first, second};
  }

  /**
   * Returns the adapters of two instances, after emptying the shared tables.
   *
   * @param first the first instance's database
   * @param second the second instance's database (another data source, the same schema)
   * @return the router, whose {@link #adapters()} the suites take
   */
  static TwoInstances of(RevOpsDatabase first, RevOpsDatabase second) {
    SalesTables.clear(first);
    return new TwoInstances(adaptersOf(first), adaptersOf(second));
  }

  private static SalesAdapters adaptersOf(RevOpsDatabase db) {
    return new SalesAdapters(JdbcSalesStores.of(db), db.unitOfWork(), db.outbox(), db.locks());
  }

  /**
   * Returns how many of the two instances served a call so far.
   *
   * @return 0, 1 or 2
   */
  int instancesUsed() {
    return used.size();
  }

  /**
   * Returns the routed adapters.
   *
   * @return the adapters
   */
  SalesAdapters adapters() {
    SalesStores a = instances[0].stores();
    SalesStores b = instances[1].stores();
    SalesStores stores =
        new SalesStores(
            route(LeadRepository.class, a.leads(), b.leads()),
            route(OpportunityRepository.class, a.opportunities(), b.opportunities()),
            route(OrderRepository.class, a.orders(), b.orders()),
            route(ReturnRepository.class, a.returns(), b.returns()),
            route(CaseRepository.class, a.cases(), b.cases()),
            route(AccountRepository.class, a.accounts(), b.accounts()),
            route(ContactRepository.class, a.contacts(), b.contacts()),
            route(FeedbackLog.class, a.feedback(), b.feedback()),
            route(AccountValuation.class, a.valuation(), b.valuation()));
    return new SalesAdapters(
        stores,
        route(UnitOfWork.class, instances[0].unitOfWork(), instances[1].unitOfWork()),
        route(Outbox.class, instances[0].outbox(), instances[1].outbox()),
        route(Locks.class, instances[0].locks(), instances[1].locks()));
  }

  private int instance() {
    Integer i = mine.get();
    if (i == null) {
      i = next.getAndIncrement() % 2;
      mine.set(i);
      used.add(i);
    }
    return i;
  }

  private <T> T route(Class<T> type, T first, T second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    Object[] targets = {first, second};
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "hashCode" -> System.identityHashCode(p);
                  case "equals" -> p == args[0];
                  default -> "routed " + type.getSimpleName();
                };
              }
              try {
                return method.invoke(targets[instance()], args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return type.cast(proxy);
  }
}
