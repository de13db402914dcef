package dev.revops.benchmarks.billrun;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.service.BillingContext;
import dev.revops.billing.service.BillingCycleService;
import dev.revops.billing.service.BillingStores;
import dev.revops.billing.service.InvoiceSettings;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.DateRange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A book of subscriptions of one age, already billed every month of their life, in the in-memory
 * stores, for the history-independence benchmark ({@link HistoryBenchmark}). Every subscription
 * started {@code months} months before {@link SubscriptionBook#TARGET} (on the first of a month, in
 * America/New_York), on the plans, seat counts and coupon share of {@link SubscriptionBook} (a
 * third each on the flat, per-seat and tiered plans, 1 to 60 seats, one in five with the 10
 * %-off-forever coupon); one in ten changed its quantity in the middle of its first month
 * (immediately, invoiced at once), so an old change sits at the start of every history. The history
 * is what monthly runs would have issued: one invoice per month, taxed and finalized, holding that
 * month's lines (made by one generation up to the day before the target, which bills what runs
 * every day bill), so a run on the target bills the same one new period, 2026-02-01 to 2026-03-01,
 * whatever the age. The same seed gives the same accounts, plans and quantities at every age.
 * Immutable after construction (the stores are only read).
 */
public final class HistoryBook {
  private static final Currency USD = Currency.getInstance("USD");
  private static final ZoneId ZONE = ZoneId.of("America/New_York");
  private static final PaymentTerms TERMS = PaymentTerms.net(30);
  private static final String[] PLANS = {"flat", "seats", "tiered"};

  final int months;
  final AccountId[] accounts;
  final BillingStores stores;
  final BillingCycleService cycle;
  final InvoiceSettings settings;
  long invoices;
  long lines;

  private HistoryBook(int months, int size) {
    this.months = months;
    this.accounts = new AccountId[size];
    this.stores = BillingStores.inMemory();
    this.settings =
        InvoiceSettings.of(SubscriptionBook.CATALOG)
            .withGenerator(InvoiceGenerator.byDay())
            .withTax(SubscriptionBook.TAX)
            .withTerms(TERMS)
            .withIds(new SequentialIdGenerator("in"));
    Clock clock = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);
    this.cycle =
        new BillingCycleService(
            stores, settings, BillingContext.embedded(new InMemoryEventPublisher(false), clock));
  }

  /**
   * Generates a book.
   *
   * @param size how many accounts (one subscription each)
   * @param months how many months every subscription has already been billed (at least 1)
   * @param seed the random seed (the same seed gives the same subscriptions at every age)
   * @return the book
   */
  public static HistoryBook generate(int size, int months, long seed) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1, got " + months);
    }
    HistoryBook b = new HistoryBook(months, size);
    SplittableRandom rnd = new SplittableRandom(seed);
    LocalDate start = SubscriptionBook.TARGET.minusMonths(months);
    InvoiceGenerator generator = InvoiceGenerator.byDay();
    List<List<List<InvoiceLine>>> histories = new ArrayList<>(size);
    long[][] facts = new long[size][];
    for (int i = 0; i < size; i++) {
      AccountId account = AccountId.of(String.format("acct-%07d", i));
      long kind = rnd.nextInt(3);
      long q = 1 + rnd.nextInt(60);
      long withCoupon = rnd.nextInt(5) == 0 ? 1 : 0;
      long changed = rnd.nextInt(10) == 0 ? 1 : 0;
      long to = q + 1 + rnd.nextInt(10);
      facts[i] = new long[] {kind, q, withCoupon, changed, to};
      BillingResult history =
          generator.generate(
              new AccountBilling(
                  account,
                  List.of(subscription(i, account, facts[i], start)),
                  List.of(),
                  List.of()),
              SubscriptionBook.CATALOG,
              SubscriptionBook.TARGET.minusDays(1));
      TreeMap<LocalDate, List<InvoiceLine>> byMonth = new TreeMap<>();
      for (InvoiceLine l : history.lines()) {
        LocalDate month = l.servicePeriod().start().withDayOfMonth(1);
        byMonth.computeIfAbsent(month, m -> new ArrayList<>()).add(l);
      }
      if (byMonth.size() != months) {
        throw new IllegalStateException(
            account + ": " + byMonth.size() + " months billed, expected " + months);
      }
      histories.add(new ArrayList<>(byMonth.values()));
    }
    // The store is filled as a live system fills it: the subscriptions, made the same way again,
    // then the invoices month by month over all accounts, as monthly runs issue them (each month's
    // invoices, their lines and everything in them made afresh), so the objects of each run sit
    // side by side and the generation that found the lines leaves nothing of its own in the store.
    for (int i = 0; i < size; i++) {
      AccountId account = AccountId.of(String.format("acct-%07d", i));
      b.stores.subscriptions().save(subscription(i, account, facts[i], start), Aggregate.NEW);
      b.accounts[i] = account;
    }
    for (int m = 0; m < months; m++) {
      LocalDate month = start.plusMonths(m);
      for (int i = 0; i < size; i++) {
        AccountId account = b.accounts[i];
        List<InvoiceLine> lines = new ArrayList<>();
        for (InvoiceLine l : histories.get(i).get(m)) {
          lines.add(afresh(l));
        }
        Invoice draft =
            Invoice.draft()
                .id(InvoiceId.of("in-" + i + "-" + m))
                .account(account)
                .currency(USD)
                .lines(lines)
                .terms(TERMS)
                .build()
                .withTax(SubscriptionBook.TAX);
        Invoice issued =
            draft
                .finalizeOn(month, CreditBalance.empty(account, USD), instant(month))
                .invoice()
                .value();
        b.stores.invoices().save(issued, Aggregate.NEW);
        b.invoices++;
        b.lines += issued.lines().size();
      }
    }
    return b;
  }

  /**
   * Account {@code i}'s subscription: plan kind, seats, coupon, whether it changed its quantity in
   * the middle of its first month (immediately, invoiced at once) and to what, from {@code facts}.
   */
  private static Subscription subscription(
      int i, AccountId account, long[] facts, LocalDate start) {
    Plan plan = SubscriptionBook.CATALOG.plan(PLANS[(int) facts[0]]);
    NewSubscription request =
        NewSubscription.builder()
            .id(SubscriptionId.of("sub-" + i))
            .account(account)
            .currency(USD)
            .zone(ZONE)
            .plan(plan)
            .startDate(start)
            .quantity(facts[1])
            .build();
    if (facts[2] == 1) {
      request = request.withCoupons(List.of("TENOFF"));
    }
    Subscription s = Subscription.create(request, start, instant(start)).value();
    if (facts[3] == 1) {
      LocalDate on = start.plusDays(15);
      s =
          s.changeQuantity(
                  SubscriptionBook.CATALOG,
                  facts[4],
                  ChangeTiming.IMMEDIATE,
                  ProrationMode.ALWAYS_INVOICE,
                  on,
                  instant(on))
              .value();
    }
    return s;
  }

  /** A copy of a line made of new objects, as the run that issued it would have made them. */
  private static InvoiceLine afresh(InvoiceLine l) {
    DateRange p = l.servicePeriod();
    return new InvoiceLine(
        l.type(),
        new String(l.description().toCharArray()),
        Money.ofMinor(l.amount().minor(), l.amount().currency()),
        l.quantity(),
        DateRange.of(
            LocalDate.ofEpochDay(p.start().toEpochDay()),
            LocalDate.ofEpochDay(p.end().toEpochDay())),
        new String(l.subscriptionId().toCharArray()),
        new String(l.priceId().toCharArray()));
  }

  private static Instant instant(LocalDate day) {
    return day.atTime(9, 0).atZone(ZONE).toInstant();
  }

  /**
   * The dry run of the bill run on the target for one account: {@code BillingCycleService.due} over
   * the stores, what a run reads and computes before it issues.
   *
   * @param account the account
   * @return what is due
   */
  BillingResult due(AccountId account) {
    return cycle.due(account, SubscriptionBook.TARGET, null);
  }

  /**
   * The generator alone over everything the account holds: its subscriptions and all its invoices,
   * read from the stores.
   *
   * @param account the account
   * @return what is due
   */
  BillingResult generateOverAllInvoices(AccountId account) {
    AccountBilling input =
        new AccountBilling(
            account,
            stores.subscriptions().findByAccount(account),
            stores.invoices().findByAccount(account),
            List.of());
    return settings.generator().generate(input, settings.catalog(), SubscriptionBook.TARGET);
  }

  /**
   * The one new period's total for an account, in cents, from the plan, seats and coupon alone.
   *
   * @param i the account's index
   * @return the expected total of the due lines (before tax)
   */
  long expectedTotal(int i) {
    Subscription s = stores.subscriptions().findByAccount(accounts[i]).get(0);
    String plan = s.segments().get(0).planId();
    long q = s.segments().get(s.segments().size() - 1).quantity();
    byte kind =
        plan.equals("flat")
            ? SubscriptionBook.FLAT
            : plan.equals("seats") ? SubscriptionBook.PER_UNIT : SubscriptionBook.TIERED;
    long price = BillRunPass.price(kind, q);
    if (!s.coupons().isEmpty()) {
      price -= Math.min(price, BillRunPass.halfUp(price * 10, 100));
    }
    return price;
  }

  /**
   * Checks every account's dry run: the lines of the one new period only, at the expected total,
   * the same lines as the generator over all invoices.
   *
   * @return the number of lines due over all accounts
   * @throws IllegalStateException on the first difference
   */
  long check() {
    long count = 0;
    for (int i = 0; i < accounts.length; i++) {
      BillingResult due = due(accounts[i]);
      BillingResult full = generateOverAllInvoices(accounts[i]);
      if (!due.lines().equals(full.lines()) || !due.next().equals(full.next())) {
        throw new IllegalStateException(
            accounts[i] + " at " + months + " months: due " + due + ", generator " + full);
      }
      Money total = due.total(USD);
      for (InvoiceLine l : due.lines()) {
        if (!l.servicePeriod().start().equals(SubscriptionBook.TARGET)) {
          throw new IllegalStateException(
              accounts[i] + " at " + months + " months bills an old period: " + l);
        }
      }
      if (total.minor() != expectedTotal(i)) {
        throw new IllegalStateException(
            accounts[i]
                + " at "
                + months
                + " months: due "
                + total
                + ", expected "
                + expectedTotal(i)
                + " cents");
      }
      count += due.lines().size();
    }
    return count;
  }
}
