package dev.revops.sales.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.port.AccountRepository;
import dev.revops.core.port.ContactRepository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.service.Aggregates;
import dev.revops.core.time.ManualClock;
import dev.revops.logcontext.LogContext;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadFixtures;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderPolicy;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

/** Sales' use cases hold the id they work on in the logging context and then restore it. */
@ExtendWith(LogContext.class)
class LogContextTest {
  static final String LEAD = Aggregates.mdcKey("Lead");
  static final String ORDER = Aggregates.mdcKey("Order");
  static final String CALLERS = "the caller's";
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Currency USD = Currency.getInstance("USD");

  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final ManualClock clock = new ManualClock(LeadFixtures.T0, ZoneOffset.UTC);

  /** What each recorded port call saw: the port, the method and the value under its key. */
  final List<String> seen = new CopyOnWriteArrayList<>();

  @Test
  void aConversionHoldsTheLeadIdWhileItWritesTheAccountAndContactAndThenRestoresTheKey() {
    SalesStores base = SalesStores.inMemory();
    SalesStores stores =
        base.withParties(
            LogContext.recording(
                AccountRepository.class, base.accounts(), "accounts", LEAD, seen, "save"),
            LogContext.recording(
                ContactRepository.class, base.contacts(), "contacts", LEAD, seen, "save"));
    LeadService service =
        new LeadService(
            stores, SalesContext.embedded(events, new SequentialIdGenerator("id"), clock));
    ConvertLead cmd = ConvertLead.newAccount(NY, USD, UserId.of("rep-1"));

    Lead first = qualified(service, "Alpha Test Co", "first@example.test");
    ConversionResult r = service.convert(first.id(), cmd, "rep-1");
    assertThat(r.lead().conversionLinks()).isPresent();
    assertThat(seen).containsExactly("accounts.save " + first.id(), "contacts.save " + first.id());
    assertThat(MDC.get(LEAD)).as("removed after the conversion").isNull();

    Lead second = qualified(service, "Beta Sample Ltd", "second@example.test");
    seen.clear();
    MDC.put(LEAD, CALLERS);
    service.convert(second.id(), cmd, "rep-1");
    assertThat(seen)
        .containsExactly("accounts.save " + second.id(), "contacts.save " + second.id());
    assertThat(MDC.get(LEAD)).as("the caller's value is put back").isEqualTo(CALLERS);
  }

  @Test
  void anOrderChangeHoldsTheOrderIdWhileItLoadsAndSavesAndThenRestoresTheKey() {
    OrderRepository orders =
        LogContext.recording(
            OrderRepository.class,
            new InMemoryOrderRepository(),
            "orders",
            ORDER,
            seen,
            "get",
            "save");
    OrderService service =
        new OrderService(
            orders,
            SalesContext.embedded(events, new SequentialIdGenerator("ord"), clock),
            OrderPolicy.defaults());
    Order placed = service.place(AccountId.of("acc"), OrderServiceTest.lines());
    assertThat(seen).as("a new order is saved under its id").containsExactly("orders.save ord-1");
    assertThat(MDC.get(ORDER)).isNull();

    seen.clear();
    service.fire(placed.id(), OrderTrigger.PROCESS);
    assertThat(seen).containsExactly("orders.get ord-1", "orders.save ord-1");
    assertThat(MDC.get(ORDER)).as("removed after the change").isNull();

    seen.clear();
    MDC.put(ORDER, CALLERS);
    service.authorize(placed.id());
    assertThat(seen).containsExactly("orders.get ord-1", "orders.save ord-1");
    assertThat(MDC.get(ORDER)).as("the caller's value is put back").isEqualTo(CALLERS);
  }

  /** Captures a lead from a web form and qualifies it; the address is a test placeholder. */
  private static Lead qualified(LeadService service, String company, String email) {
    Lead lead = service.capture(LeadFixtures.webForm("Test", "Lead", company, email)).lead();
    return service.fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
  }

  /**
   * Wraps a port so that each call of one of {@code methods} records the port's name, the method
   * and what the logging context holds under {@code key}; every call goes to the real port.
   */
}
