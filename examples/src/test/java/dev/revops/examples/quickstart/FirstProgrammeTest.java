package dev.revops.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Billing;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.CatalogLoader;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.collections.CollectionsModule;
import dev.revops.collections.compliance.CollectionsContactPolicy;
import dev.revops.collections.dunning.DunningEvaluation;
import dev.revops.collections.dunning.DunningFacts;
import dev.revops.collections.dunning.DunningPolicy;
import dev.revops.core.consent.Channel;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.core.time.ManualClock;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.SubscriptionFact;
import dev.revops.sales.Sales;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.service.SalesStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The root README's first programme, compiled and run: capture a lead, start a subscription, bill
 * it, pay it, dun the next invoice when it falls overdue, read MRR. The README shows the marked
 * region with its imports; {@link #theRootReadmeShowsThisProgramme()} keeps the two the same.
 */
class FirstProgrammeTest {
  /** Imports the test needs but the programme does not. */
  private static final List<String> TEST_ONLY =
      List.of("org.assertj", "org.junit", "java.io", "java.nio");

  @Test
  void aNewUsersFirstProgrammeRuns() throws IOException {
    String catalogJson = Files.readString(Path.of("src/main/resources/catalog-sample.json"));
    String ladderJson = Files.readString(Path.of("src/main/resources/dunning-sample.json"));
    // spotless:off
    // readme:programme
    ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("UTC"));
    InMemoryEventPublisher events = new InMemoryEventPublisher(); // or your EventPublisher
    Sales sales = Sales.builder().stores(SalesStores.inMemory()).events(events)
        .ids(new SequentialIdGenerator("id")).clock(clock).build();
    CaptureResult lead = sales.leads().capture(
        CaptureLead.of(LeadSource.WEB_FORM, "Doe", "US", clock.instant())
            .withPerson("Ann", "Acme").withContactPoints("ann@acme.example", null)
            .withSourceDetail("/pricing", null)
            .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of()));

    Catalog catalog = CatalogLoader.create().load(catalogJson); // errors name the JSON path
    BillingStores stores = BillingStores.inMemory(); // or your adapters (revops-jdbc, your own)
    Billing billing = Billing.builder().stores(stores).events(events)
        .clock(clock).catalog(catalog).terms(PaymentTerms.net(30)).build();
    AccountId acme = AccountId.of("acme");
    LocalDate start = LocalDate.now(clock);
    billing.subscriptions().create(NewSubscription.builder().id(SubscriptionId.of("sub-1"))
        .account(acme).currency(Money.currency("USD")).zone(clock.getZone())
        .plan(catalog.plan("starter")).startDate(start).build());
    Invoice first = billing.invoices().bill(acme, start, List.of()).get(0);   // USD 49.00
    billing.payments().pay("pay-" + first.id(), acme, first.amountDue(), null);

    clock.advance(Duration.ofDays(31));                                        // April 2
    Invoice second = billing.invoices().bill(acme, LocalDate.now(clock), List.of()).get(0);
    clock.advance(Duration.ofDays(31));                                        // unpaid, overdue
    CollectionsModule collections = CollectionsModule.builder()
        .stores(CollectionsModule.Stores.inMemory()).events(events).clock(clock)
        .contactPolicy(CollectionsContactPolicy.standard(
            BusinessCalendar.builder(clock.getZone()).build())).build();
    DunningEvaluation dunning = collections.dunning().run(
        DunningFacts.of(acme, clock.getZone(), List.of(second.toReceivable())),
        DunningPolicy.fromJson(ladderJson), clock.instant());             // a reminder e-mail is due

    MrrBook mrr = MrrBook.of(List.of(new SubscriptionFact("sub-1", acme,  // your subscriptions
        Money.of("49.00", "USD"), BillingInterval.MONTHLY, start, null)), Money.currency("USD"));
    Money monthly = mrr.mrrAt(LocalDate.now(clock));                            // USD 49.00
    // /readme:programme
    // spotless:on

    assertThat(lead.lead().email()).isEqualTo("ann@acme.example");
    assertThat(first.total()).isEqualTo(Money.of("49.00", "USD"));
    assertThat(stores.invoices().get(first.id()).amountDue().isZero()).isTrue();
    assertThat(second.amountDue()).isEqualTo(Money.of("49.00", "USD"));
    assertThat(dunning.actions())
        .singleElement()
        .satisfies(a -> assertThat(a.stepId()).isEqualTo("reminder"));
    assertThat(monthly).isEqualTo(Money.of("49.00", "USD"));
  }

  @Test
  void theRootReadmeShowsThisProgramme() throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/dev/revops/examples/quickstart/FirstProgrammeTest.java"),
            StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (String line : source.split("\n")) {
      if (line.startsWith("import ") && TEST_ONLY.stream().noneMatch(line::contains)) {
        assertThat(readme).contains(line);
      }
    }
    int begin = source.indexOf("    // readme:programme\n") + "    // readme:programme\n".length();
    int end = source.indexOf("    // /readme:programme");
    StringBuilder region = new StringBuilder();
    for (String line : source.substring(begin, end).split("\n", -1)) {
      region.append(line.startsWith("    ") ? line.substring(4) : line).append('\n');
    }
    assertThat(readme).contains(region.toString().strip());
    assertThat(region.toString().strip().split("\n")).hasSizeLessThanOrEqualTo(40);
  }
}
