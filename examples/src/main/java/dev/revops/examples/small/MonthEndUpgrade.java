package dev.revops.examples.small;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.catalog.Product;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.subscription.ChangeTiming;
import dev.revops.billing.subscription.NewSubscription;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * A monthly subscription started on January 31 (its anchor stays the 31st: Feb 29, Mar 31, Apr 30)
 * that is upgraded on March 15 with an immediate prorated invoice: the unused part of the old plan
 * is credited and the rest of the period is charged at the new price, both by the day, and the
 * invoice generator never bills a day twice.
 */
public final class MonthEndUpgrade {
  private MonthEndUpgrade() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Currency usd = Currency.getInstance("USD");
    ZoneId ny = ZoneId.of("America/New_York");
    AccountId account = AccountId.of("acct-1");
    Plan basic = monthly("basic", "30.00");
    Plan pro = monthly("pro", "90.00");
    Catalog catalog =
        Catalog.of(List.of(new Product("app", "The app")), List.of(basic, pro), List.of());
    Instant at = Instant.parse("2024-01-31T12:00:00Z");
    LocalDate start = LocalDate.of(2024, 1, 31);
    Subscription sub =
        Subscription.create(
                NewSubscription.builder()
                    .id(SubscriptionId.of("sub-1"))
                    .account(account)
                    .currency(usd)
                    .zone(ny)
                    .plan(basic)
                    .startDate(start)
                    .build(),
                start,
                at)
            .value();
    out.println(
        "Periods: "
            + sub.calendar(basic).period(0)
            + ", "
            + sub.calendar(basic).period(1)
            + ", "
            + sub.calendar(basic).period(2));

    InvoiceGenerator generator = InvoiceGenerator.byDay();
    List<Invoice> invoices = new ArrayList<>();
    List<Subscription> subs = new ArrayList<>(List.of(sub));
    for (LocalDate day : List.of(start, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 15))) {
      if (day.equals(LocalDate.of(2024, 3, 15))) {
        Subscription upgraded =
            subs.get(0)
                .changePlan(
                    catalog, pro, 1, ChangeTiming.IMMEDIATE, ProrationMode.ALWAYS_INVOICE, day, at)
                .value();
        subs.set(0, upgraded);
        out.println("Upgraded to pro on " + day);
      }
      BillingResult r =
          generator.generate(new AccountBilling(account, subs, invoices, List.of()), catalog, day);
      if (!r.lines().isEmpty()) {
        Invoice inv =
            Invoice.draft()
                .id(InvoiceId.of("inv-" + (invoices.size() + 1)))
                .account(account)
                .currency(usd)
                .lines(r.lines())
                .terms(PaymentTerms.net(30))
                .build();
        invoices.add(inv);
        out.printf("Invoice %s on %s, total %s:%n", inv.id(), day, inv.total());
        for (InvoiceLine l : inv.lines()) {
          out.printf("  %-16s %-12s %s %s%n", l.type(), l.priceId(), l.servicePeriod(), l.amount());
        }
      }
      out.println("  next bill date: " + r.next().map(LocalDate::toString).orElse("none"));
    }
    BillingResult again =
        generator.generate(
            new AccountBilling(account, subs, invoices, List.of()),
            catalog,
            LocalDate.of(2024, 3, 15));
    out.println("Running the generator again on Mar 15 adds " + again.lines().size() + " lines");
  }

  /** A monthly evergreen plan of the app at a flat price in dollars, its fee named after it. */
  private static Plan monthly(String name, String dollars) {
    return Plan.of(
        name,
        "app",
        BillingInterval.MONTHLY,
        PlanPhase.evergreen(Price.flat(name + "-fee", Money.of(dollars, "USD"))));
  }
}
