package dev.revops.billing.json;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.NY;
import static dev.revops.billing.Fixtures.USD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.CreditNoteId;
import dev.revops.billing.invoice.CreditNoteRemainder;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceEvents.CreditNoteIssued;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceFinalized;
import dev.revops.billing.invoice.InvoiceEvents.InvoicePaymentApplied;
import dev.revops.billing.invoice.InvoiceEvents.InvoiceStatusChanged;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.invoice.TaxPolicy;
import dev.revops.billing.payment.Decline;
import dev.revops.billing.payment.GatewayRequest;
import dev.revops.billing.payment.GatewayResult;
import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentRecorded;
import dev.revops.billing.payment.TransactionType;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.RandomOperations;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionChanged;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionCreated;
import dev.revops.billing.subscription.SubscriptionEvents.SubscriptionStatusChanged;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.event.Changed;
import dev.revops.core.event.DomainEvent;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every billing aggregate and every billing event survives {@link RevOpsJson}: written and read
 * back, it is equal to what was written. The values are made by the domain itself (random lines,
 * taxes, payments, credit notes, plan changes, pauses, gateway answers), so they are the shapes a
 * document store would hold. revops-testkit depends on billing, so these arbitraries are local.
 */
class JsonRoundTripProperties {
  private static final ObjectMapper JSON = RevOpsJson.mapper();
  private static final LocalDate START = LocalDate.of(2024, 1, 15);
  private static final List<Plan> PLANS = RandomOperations.PLANS;

  /** A value and the events that made it. */
  record History<T>(T value, List<DomainEvent> events) {
    <E extends DomainEvent> List<E> of(Class<E> type) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  private static <T> T roundTrip(T value) {
    try {
      String json = JSON.writeValueAsString(value);
      @SuppressWarnings("unchecked")
      T back = (T) JSON.readValue(json, value.getClass());
      return back;
    } catch (JsonProcessingException e) {
      throw new AssertionError(value.getClass().getSimpleName() + " does not round-trip", e);
    }
  }

  private static void assertRoundTrips(Object value) {
    assertThat(roundTrip(value)).isEqualTo(value);
  }

  // --- invoices

  private static Arbitrary<InvoiceLine> lines() {
    Arbitrary<LineType> types =
        Arbitraries.of(
            LineType.RECURRING,
            LineType.ONE_TIME,
            LineType.USAGE,
            LineType.PRORATION_CHARGE,
            LineType.ADJUSTMENT);
    return Combinators.combine(
            types,
            Arbitraries.longs().between(1, 500_000),
            Arbitraries.longs().between(0, 50),
            Arbitraries.integers().between(0, 400),
            Arbitraries.integers().between(0, 62),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).injectNull(0.3),
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).injectNull(0.3))
        .as(
            (type, minor, quantity, offset, days, subscription, price) ->
                new InvoiceLine(
                    type,
                    type + " line",
                    Money.ofMinor(minor, "USD"),
                    quantity,
                    DateRange.ofDays(START.plusDays(offset), days),
                    subscription,
                    price));
  }

  private static Arbitrary<TaxPolicy> taxes() {
    Arbitrary<Percentage> rates =
        Arbitraries.integers()
            .between(0, 2500)
            .map(bp -> Percentage.ofPercent(BigDecimal.valueOf(bp, 2)));
    return Arbitraries.oneOf(
        rates.map(r -> TaxPolicy.exclusive("VAT", r)),
        rates.map(r -> TaxPolicy.inclusive("GST", r)),
        Arbitraries.just(null));
  }

  @Provide
  Arbitrary<History<Invoice>> invoices() {
    return Combinators.combine(
            lines().list().ofMinSize(1).ofMaxSize(5),
            taxes(),
            Arbitraries.integers().between(0, 60).injectNull(0.3),
            Arbitraries.longs().between(0, 300_000),
            Arbitraries.integers().between(0, 6),
            Arbitraries.longs().between(1, 600_000),
            Arbitraries.longs().between(1, 600_000),
            Arbitraries.of(CreditNoteRemainder.values()))
        .as(JsonRoundTripProperties::invoice);
  }

  private static History<Invoice> invoice(
      List<InvoiceLine> lines,
      TaxPolicy tax,
      Integer netDays,
      long credit,
      int stage,
      long payment,
      long note,
      CreditNoteRemainder remainder) {
    List<DomainEvent> events = new ArrayList<>();
    PaymentTerms terms =
        netDays == null ? PaymentTerms.chargeAutomatically() : PaymentTerms.net(netDays);
    Invoice inv =
        Invoice.draft()
            .id(InvoiceId.of("in-1"))
            .account(ACME)
            .currency(USD)
            .lines(lines)
            .terms(terms)
            .build();
    if (tax != null) {
      inv = inv.withTax(tax);
    }
    if (stage == 0) {
      return new History<>(inv, events);
    }
    CreditBalance balance = new CreditBalance(ACME, Money.ofMinor(credit, "USD"), 3);
    Invoice.Finalization f = inv.finalizeOn(START.plusDays(40), balance, AT);
    inv = keep(f.invoice(), events);
    if (stage >= 2 && inv.isPayable()) {
      inv = keep(inv.applyPayment(Money.ofMinor(payment, "USD"), AT).invoice(), events);
    }
    if (stage >= 3) {
      Money room = inv.total().minus(inv.creditNotesTotal());
      if (room.isPositive()) {
        Money amount = Money.ofMinor(Math.min(note, room.minor()), "USD");
        inv =
            keep(
                inv.issueCreditNote(
                    CreditNoteId.of("cn-1"), amount, remainder, "goodwill", START.plusDays(41), AT),
                events);
      }
    }
    try {
      if (stage == 4) {
        inv = keep(inv.markUncollectible(AT), events);
      } else if (stage == 5) {
        inv = keep(inv.voidInvoice(AT), events);
      } else if (stage == 6) {
        inv = keep(inv.markUncollectible(AT), events);
        inv = keep(inv.voidInvoice(AT), events);
      }
    } catch (IllegalTransitionException refused) {
      // a paid invoice can be neither written off nor voided
    }
    return new History<>(inv.withVersion(1 + stage), events);
  }

  private static <T> T keep(Changed<T> changed, List<DomainEvent> events) {
    events.addAll(changed.events());
    return changed.value();
  }

  // --- subscriptions

  @Provide
  Arbitrary<History<Subscription>> subscriptions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, PLANS.size() - 1),
            Arbitraries.integers().between(0, 13).list().ofMaxSize(10),
            Arbitraries.integers().between(0, 25).list().ofSize(10),
            Arbitraries.longs().between(1, 9),
            Arbitraries.of(true, false),
            Arbitraries.of(List.<String>of(), List.of("HALF"), List.of("FIVE", "HALF")))
        .as(JsonRoundTripProperties::subscription);
  }

  private static History<Subscription> subscription(
      int plan,
      List<Integer> ops,
      List<Integer> gaps,
      long quantity,
      boolean card,
      List<String> coupons) {
    List<DomainEvent> events = new ArrayList<>();
    NewSubscription request =
        NewSubscription.builder()
            .id(SubscriptionId.of("s-1"))
            .account(ACME)
            .currency(USD)
            .zone(NY)
            .plan(PLANS.get(plan))
            .startDate(START)
            .quantity(quantity)
            .hasPaymentMethod(card)
            .couponIds(coupons)
            .build();
    Subscription s = keep(Subscription.create(request, START, AT), events);
    LocalDate today = START;
    for (int i = 0; i < ops.size(); i++) {
      today = today.plusDays(gaps.get(i));
      try {
        s = keep(RandomOperations.apply(s, ops.get(i), today), events);
      } catch (IllegalTransitionException refused) {
        // refused moves change nothing
      }
    }
    return new History<>(s.withVersion(1 + ops.size()), events);
  }

  // --- payments

  private static Arbitrary<GatewayResult> results() {
    return Arbitraries.oneOf(
        Arbitraries.strings().alpha().ofLength(6).map(GatewayResult::success),
        Arbitraries.strings().alpha().ofLength(4).map(c -> GatewayResult.failure(Decline.soft(c))),
        Arbitraries.strings().alpha().ofLength(4).map(c -> GatewayResult.failure(Decline.hard(c))),
        Arbitraries.just(GatewayResult.pending()),
        Arbitraries.just(GatewayResult.unknown()));
  }

  @Provide
  Arbitrary<History<Payment>> payments() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 1_000_000),
            Arbitraries.of(true, false),
            Arbitraries.of(TransactionType.PURCHASE, TransactionType.AUTHORIZE),
            results().list().ofMaxSize(6),
            Arbitraries.longs().between(1, 1_000_000).list().ofMaxSize(3))
        .as(JsonRoundTripProperties::payment);
  }

  private static History<Payment> payment(
      long minor,
      boolean directed,
      TransactionType first,
      List<GatewayResult> answers,
      List<Long> refunds) {
    List<DomainEvent> events = new ArrayList<>();
    Money amount = Money.ofMinor(minor, "USD");
    PaymentId id = PaymentId.of("p-1");
    Payment p = Payment.create(id, ACME, amount, directed ? InvoiceId.of("in-1") : null);
    int n = 0;
    for (GatewayResult answer : answers) {
      GatewayRequest request = new GatewayRequest("k-" + n++, id, first, amount);
      try {
        if (p.unresolved().isPresent()) {
          p = keep(p.resolve(answer, AT), events);
        } else {
          p = keep(p.record(request, answer, AT), events);
        }
      } catch (IllegalTransitionException | IllegalArgumentException refused) {
        // a request the payment's state does not allow changes nothing
      }
    }
    for (long r : refunds) {
      GatewayRequest request =
          new GatewayRequest("r-" + n++, id, TransactionType.REFUND, Money.ofMinor(r, "USD"));
      try {
        p = keep(p.record(request, GatewayResult.success("rf"), AT), events);
      } catch (IllegalTransitionException | IllegalArgumentException refused) {
        // not captured, or more than is refundable
      }
    }
    return new History<>(p.withVersion(1 + n), events);
  }

  @Provide
  Arbitrary<CreditBalance> balances() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
            Arbitraries.longs().between(0, Long.MAX_VALUE / 4),
            Arbitraries.of("USD", "EUR", "JPY", "BHD"),
            Arbitraries.longs().between(0, 1_000))
        .as(
            (account, minor, currency, version) ->
                new CreditBalance(
                    dev.revops.core.id.AccountId.of(account),
                    Money.ofMinor(minor, currency),
                    version));
  }

  // --- aggregates

  @Property(tries = 1000)
  void invoicesRoundTrip(@ForAll("invoices") History<Invoice> h) {
    assertRoundTrips(h.value());
  }

  @Property(tries = 1000)
  void subscriptionsRoundTrip(@ForAll("subscriptions") History<Subscription> h) {
    assertRoundTrips(h.value());
  }

  @Property(tries = 1000)
  void paymentsRoundTrip(@ForAll("payments") History<Payment> h) {
    assertRoundTrips(h.value());
  }

  @Property(tries = 1000)
  void creditBalancesRoundTrip(@ForAll("balances") CreditBalance b) {
    assertRoundTrips(b);
  }

  // --- events, one property per type

  @Provide
  Arbitrary<InvoiceFinalized> invoiceFinalized() {
    return invoices()
        .map(h -> h.of(InvoiceFinalized.class))
        .filter(l -> !l.isEmpty())
        .map(l -> l.get(0));
  }

  @Provide
  Arbitrary<InvoicePaymentApplied> invoicePaymentApplied() {
    return invoices()
        .map(h -> h.of(InvoicePaymentApplied.class))
        .filter(l -> !l.isEmpty())
        .map(l -> l.get(0));
  }

  @Provide
  Arbitrary<InvoiceStatusChanged> invoiceStatusChanged() {
    return invoices()
        .map(h -> h.of(InvoiceStatusChanged.class))
        .filter(l -> !l.isEmpty())
        .flatMap(Arbitraries::of);
  }

  @Provide
  Arbitrary<CreditNoteIssued> creditNoteIssued() {
    return invoices()
        .map(h -> h.of(CreditNoteIssued.class))
        .filter(l -> !l.isEmpty())
        .map(l -> l.get(0));
  }

  @Provide
  Arbitrary<SubscriptionCreated> subscriptionCreated() {
    return subscriptions().map(h -> h.of(SubscriptionCreated.class).get(0));
  }

  @Provide
  Arbitrary<SubscriptionStatusChanged> subscriptionStatusChanged() {
    return subscriptions()
        .map(h -> h.of(SubscriptionStatusChanged.class))
        .filter(l -> !l.isEmpty())
        .flatMap(Arbitraries::of);
  }

  @Provide
  Arbitrary<SubscriptionChanged> subscriptionChanged() {
    return subscriptions()
        .map(h -> h.of(SubscriptionChanged.class))
        .filter(l -> !l.isEmpty())
        .flatMap(Arbitraries::of);
  }

  @Provide
  Arbitrary<PaymentRecorded> paymentRecorded() {
    return payments()
        .map(h -> h.of(PaymentRecorded.class))
        .filter(l -> !l.isEmpty())
        .flatMap(Arbitraries::of);
  }

  @Property(tries = 1000)
  void invoiceFinalizedRoundTrips(@ForAll("invoiceFinalized") InvoiceFinalized e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void invoicePaymentAppliedRoundTrips(@ForAll("invoicePaymentApplied") InvoicePaymentApplied e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void invoiceStatusChangedRoundTrips(@ForAll("invoiceStatusChanged") InvoiceStatusChanged e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void creditNoteIssuedRoundTrips(@ForAll("creditNoteIssued") CreditNoteIssued e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void subscriptionCreatedRoundTrips(@ForAll("subscriptionCreated") SubscriptionCreated e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void subscriptionStatusChangedRoundTrips(
      @ForAll("subscriptionStatusChanged") SubscriptionStatusChanged e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void subscriptionChangedRoundTrips(@ForAll("subscriptionChanged") SubscriptionChanged e) {
    assertRoundTrips(e);
  }

  @Property(tries = 1000)
  void paymentRecordedRoundTrips(@ForAll("paymentRecorded") PaymentRecorded e) {
    assertRoundTrips(e);
  }
}
