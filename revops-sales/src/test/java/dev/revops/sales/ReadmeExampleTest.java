package dev.revops.sales;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.Channel;
import dev.revops.core.id.UserId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.docs.ReadmeRegions;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.order.CancelOutcome;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.service.SalesStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's example, compiled and run; the README shows this file's marked region. */
class ReadmeExampleTest {
  /** Imports the test needs but the example does not. */
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.io", "java.nio", "org.junit", "dev.revops.docs", "LeadStatus");

  @Test
  void theExampleCapturesQualifiesAndConvertsALead() {
    // readme:example
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    InMemoryEventPublisher events = new InMemoryEventPublisher(); // or your EventPublisher
    Sales sales =
        Sales.builder()
            .stores(SalesStores.inMemory()) // or your own ports
            .events(events)
            .ids(new SequentialIdGenerator("id"))
            .clock(clock)
            .build();

    CaptureLead form =
        CaptureLead.of(LeadSource.WEB_FORM, "Doe", "US", clock.instant())
            .withPerson("Ann", "Acme")
            .withContactPoints("Ann@Acme.example", "(415) 555-0123")
            .withSourceDetail("/pricing", null)
            .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of("industry", "software"));
    CaptureResult r = sales.leads().capture(form); // validated (every violation at once)
    CaptureResult again = sales.leads().capture(form); // the same person: updates r.lead()

    sales.leads().fire(r.lead().id(), LeadTrigger.QUALIFY, null, "scoring");
    ConversionResult c =
        sales
            .leads()
            .convert(
                r.lead().id(),
                ConvertLead.newAccount(
                        ZoneId.of("America/New_York"),
                        Currency.getInstance("USD"),
                        UserId.of("rep-1"))
                    .withOpportunity(
                        "Acme pilot", Money.of("12000.00", "USD"), LocalDate.parse("2026-06-30")),
                "rep-1");
    sales.opportunities().win(c.createdOpportunity().orElseThrow().id());

    Order o =
        sales
            .orders()
            .place(
                c.account().id(),
                List.of(
                    OrderLine.of(1, "SKU-1", 3, Money.of("10.00", "USD"), Percentage.of("10"))));
    CancelOutcome cancel = sales.orders().cancel(o.id()); // within the window: cancelled
    // /readme:example

    assertThat(r.duplicate()).isEmpty();
    assertThat(again.duplicate().orElseThrow().matchedOn()).isEqualTo("email");
    assertThat(again.lead().id()).isEqualTo(r.lead().id());
    assertThat(c.lead().status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(c.lead().email()).isEqualTo("ann@acme.example");
    assertThat(c.account().name()).isEqualTo("Acme");
    assertThat(o.total()).isEqualTo(Money.of("33.00", "USD"));
    assertThat(cancel.decision().allowed()).isTrue();
    assertThat(events.published()).isNotEmpty();
  }

  @Test
  void theReadmeShowsTheExampleAndItsImports() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/sales/ReadmeExampleTest.java"),
        "example",
        TEST_ONLY);
  }
}
