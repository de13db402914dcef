package dev.revops.billing.service;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.CATALOG;
import static dev.revops.billing.Fixtures.NY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceFinalized;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.port.memory.InMemoryCreditBalanceRepository;
import dev.revops.billing.port.memory.InMemoryIdempotencyStore;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.billing.port.memory.InMemoryPaymentGateway;
import dev.revops.billing.port.memory.InMemoryPaymentRepository;
import dev.revops.billing.port.memory.InMemorySubscriptionRepository;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionChanged;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionCreated;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionStatusChanged;
import dev.revops.billing.subscription.SubscriptionStatus;
import dev.revops.billing.subscription.TrialEndBehavior;
import dev.revops.core.error.ConcurrencyConflictException;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionServiceTest {
  final ManualClock clock = new ManualClock(Instant.parse("2024-04-01T14:00:00Z"), NY);
  final InMemorySubscriptionRepository subs = new InMemorySubscriptionRepository();
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final SubscriptionService service = new SubscriptionService(subs, CATALOG, events, clock);

  @Test
  void servicesSaveWithExpectedVersionsAndPublishDeterministicEvents() {
    Subscription s =
        service.create(Fixtures.newSubscription("s-1", Fixtures.BASIC, LocalDate.of(2024, 4, 1)));
    assertThat(s.version()).isEqualTo(1);
    assertThat(events.published())
        .hasExactlyElementsOfTypes(SubscriptionCreated.class, SubscriptionStatusChanged.class);
    assertThat(events.published()).extracting(DomainEvent::eventId).doesNotHaveDuplicates();
    assertThat(events.published().get(0).eventId().value())
        .isEqualTo("s-1@1:SubscriptionCreated#0");

    clock.advance(Duration.ofDays(15));
    Subscription changed =
        service.changePlan(s.id(), "pro", 2, ChangeTiming.IMMEDIATE, ProrationMode.ALWAYS_INVOICE);
    assertThat(changed.version()).isEqualTo(2);
    assertThat(events.published(SubscriptionChanged.class))
        .singleElement()
        .satisfies(e -> assertThat(e.effectiveOn()).isEqualTo(LocalDate.of(2024, 4, 16)));

    // a writer holding the old version loses
    Subscription stale = s.pause(LocalDate.of(2024, 4, 16), false, clock.instant()).value();
    assertThatThrownBy(() -> subs.save(stale, s.version()))
        .isInstanceOf(ConcurrencyConflictException.class);

    Subscription cancelling =
        service.cancel(s.id(), ChangeTiming.END_OF_TERM, ChangeTiming.END_OF_TERM);
    assertThat(cancelling.status()).isEqualTo(SubscriptionStatus.NON_RENEWING);
    assertThat(service.reactivate(s.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(service.pause(s.id(), true).status()).isEqualTo(SubscriptionStatus.PAUSED);
    assertThat(service.resume(s.id()).status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(service.advance(s.id(), TrialEndBehavior.CANCEL).version())
        .isEqualTo(subs.get(s.id()).version());

    InvoiceService invoices =
        new InvoiceService(
            new BillingStores(
                new InMemoryInvoiceRepository(),
                subs,
                new InMemoryCreditBalanceRepository(),
                new InMemoryPaymentRepository(),
                new InMemoryIdempotencyStore(),
                new InMemoryPaymentGateway()),
            InvoiceSettings.of(CATALOG)
                .withTerms(PaymentTerms.net(14))
                .withIds(new SequentialIdGenerator("in")),
            events,
            clock);
    var created = invoices.bill(ACME, LocalDate.of(2024, 4, 16), List.of());
    assertThat(created)
        .singleElement()
        .satisfies(i -> assertThat(i.dueOn()).isEqualTo(LocalDate.of(2024, 4, 30)));
    // never billed before: basic for Apr 1-15 (15) and two pro seats for Apr 16-30 (60)
    assertThat(created.get(0).total()).isEqualTo(Fixtures.usd("75"));
    assertThat(events.published(InvoiceFinalized.class)).hasSize(1);
    assertThat(invoices.bill(ACME, LocalDate.of(2024, 4, 16), List.of())).isEmpty();
  }
}
