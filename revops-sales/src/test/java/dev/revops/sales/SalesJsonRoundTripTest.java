package dev.revops.sales;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.UserId;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadEvents;
import dev.revops.sales.lead.LeadFixtures;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderEvents;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.OpportunityEvents;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnEvents;
import dev.revops.sales.returns.ReturnLine;
import dev.revops.sales.returns.ReturnTrigger;
import dev.revops.sales.service.SalesStores;
import dev.revops.sales.servicecase.CaseEvents;
import dev.revops.sales.servicecase.CaseFixtures;
import dev.revops.sales.servicecase.CaseTrigger;
import dev.revops.sales.servicecase.CaseType;
import dev.revops.sales.servicecase.EscalationPolicy;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.sales.servicecase.Severity;
import dev.revops.sales.servicecase.SlaPolicies;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Wires {@link Sales} on in-memory stores, drives every aggregate through its use cases, and reads
 * every stored aggregate and every published event back through {@link RevOpsJson}: write then read
 * gives an equal value.
 */
class SalesJsonRoundTripTest {
  private final ObjectMapper json = RevOpsJson.mapper();
  private final ManualClock clock = new ManualClock(LeadFixtures.T0, ZoneOffset.UTC);
  private final InMemoryEventPublisher events = new InMemoryEventPublisher();
  private final SalesStores stores =
      SalesStores.inMemory().withValuation(a -> Optional.of(Money.of("100000.00", "USD")));
  private final Sales sales =
      TestPorts.sales(stores, events, clock)
          .slas(new SlaPolicies(CaseFixtures.STANDARD, Map.of()))
          .escalation(new EscalationPolicy(Money.of("5000.00", "USD"), Set.of(Severity.CRITICAL)))
          .build();

  @Test
  void everyAggregateAndEventOfAWiredSalesModuleRoundTrips() throws Exception {
    // leads: capture, re-capture, qualify, convert with an opportunity; another disqualified
    Lead lead =
        sales
            .leads()
            .capture(LeadFixtures.webForm("Ann", "Doe", "Acme", "ann@acme.example"))
            .lead();
    sales.leads().capture(LeadFixtures.webForm("Ann", "Doe", "Acme Inc", "Ann@Acme.example"));
    sales.leads().fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
    var converted =
        sales
            .leads()
            .convert(
                lead.id(),
                ConvertLead.newAccount(
                        ZoneId.of("UTC"), Currency.getInstance("USD"), UserId.of("rep-1"))
                    .withOpportunity(
                        "Acme pilot", Money.of("12000.00", "USD"), LocalDate.parse("2026-06-30")),
                "rep-1");
    Lead other =
        sales
            .leads()
            .capture(
                CaptureLead.of(LeadSource.TRADE_SHOW, "Roe", "US", clock.instant())
                    .withSourceDetail("Expo 2026", null)
                    .withContactPoints(null, "(415) 555-0199"))
            .lead();
    sales.leads().fire(other.id(), LeadTrigger.DISQUALIFY, "no budget", "rep-1");
    AccountId account = converted.account().id();

    // opportunities: update, lose, reopen, win
    Opportunity opp = converted.createdOpportunity().orElseThrow();
    sales
        .opportunities()
        .update(opp.id(), Money.of("15000.00", "USD"), LocalDate.parse("2026-07-31"));
    Opportunity second =
        sales
            .opportunities()
            .open(
                account,
                "Upsell",
                Money.of("900.00", "USD"),
                LocalDate.parse("2026-05-01"),
                UserId.of("rep-1"));
    sales.opportunities().lose(second.id(), "Too expensive");
    sales.opportunities().moveTo(second.id(), "Prospecting", null);
    sales.opportunities().win(opp.id());

    // orders and returns
    Order order =
        sales
            .orders()
            .place(
                account,
                List.of(
                    OrderLine.of(1, "MUG", 3, Money.of("10.00", "USD"), Percentage.of("10")),
                    OrderLine.of(2, "TEE", 2, Money.of("25.00", "USD"), Percentage.of("7"))));
    sales.orders().fire(order.id(), OrderTrigger.APPROVE);
    sales.orders().pay(order.id(), stores.orders().get(order.id()).total());
    sales.orders().fulfil(order.id(), Map.of(1, 3L, 2, 2L));
    ReturnAuthorization ra =
        sales.returns().request(order.id(), List.of(new ReturnLine(1, 1)), "broken");
    sales.returns().fire(ra.id(), ReturnTrigger.ACCEPT);
    sales.returns().fire(ra.id(), ReturnTrigger.RECEIVE);
    sales.returns().refund(ra.id());
    ReturnAuthorization dropped =
        sales.returns().request(order.id(), List.of(new ReturnLine(2, 1)), "changed mind");
    sales.returns().fire(dropped.id(), ReturnTrigger.CANCEL);

    // service cases: incident escalated, responded, pended, merged
    stores
        .accounts()
        .save(
            stores.accounts().get(account).withOwner(UserId.of("rep-1")),
            stores.accounts().get(account).version());
    ServiceCase incident = sales.cases().open(account, CaseType.INCIDENT, Severity.CRITICAL, null);
    clock.advance(Duration.ofMinutes(10));
    sales.cases().respond(incident.id());
    sales.cases().pend(incident.id(), CaseTrigger.WAIT, clock.instant().plus(Duration.ofDays(1)));
    ServiceCase dup = sales.cases().open(account, CaseType.SUPPORT, null, null);
    sales.cases().merge(dup.id(), incident.id());

    List<Object> aggregates = new ArrayList<>();
    aggregates.addAll(stores.leads().findAll());
    aggregates.addAll(stores.opportunities().findAll());
    aggregates.addAll(stores.orders().findAll());
    aggregates.addAll(stores.returns().findAll());
    aggregates.addAll(stores.cases().findAll());
    assertThat(aggregates).hasSize(2 + 2 + 1 + 2 + 2);
    for (Object a : aggregates) {
      assertRoundTrips(a);
    }
    Set<Class<?>> seen = new HashSet<>();
    for (DomainEvent e : events.published()) {
      assertRoundTrips(e);
      seen.add(e.getClass());
    }
    assertThat(seen).containsAll(eventTypes());
  }

  private void assertRoundTrips(Object value) throws Exception {
    String written = json.writeValueAsString(value);
    Object read = json.readValue(written, value.getClass());
    assertThat(read).as(written).isEqualTo(value);
    if (value instanceof Aggregate<?, ?> a) {
      assertThat(((Aggregate<?, ?>) read).version()).isEqualTo(a.version());
    }
  }

  /** Every event record the sales domain declares. */
  private static Set<Class<?>> eventTypes() {
    Set<Class<?>> types = new HashSet<>();
    Stream.of(
            LeadEvents.class,
            OpportunityEvents.class,
            OrderEvents.class,
            ReturnEvents.class,
            CaseEvents.class)
        .flatMap(holder -> Arrays.stream(holder.getDeclaredClasses()))
        .filter(c -> c.isRecord() && DomainEvent.class.isAssignableFrom(c))
        .forEach(types::add);
    return types;
  }
}
