package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * The generator's last rule, the difference becoming lines, holds against invoices it did not
 * write: whatever an earlier invoice billed for a key (too much, too little, nothing, twice), what
 * was billed plus the new lines equals what should be billed, for every (subscription, price or
 * coupon, quantity, service period), and a run after that bills nothing. What should be billed is
 * what one run with no invoices bills; the wrong invoice is that run's lines with some amounts off,
 * some lines dropped and some billed twice.
 */
class DifferenceProperties {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<BillRunProperties.Spec> specs() {
    return new BillRunProperties().specs();
  }

  @Property(tries = 1000)
  void billedPlusTheDifferenceIsWhatShouldBeBilledPerKey(
      @ForAll("specs") BillRunProperties.Spec a,
      @ForAll("specs") BillRunProperties.Spec b,
      @ForAll boolean two,
      @ForAll @IntRange(min = 0, max = 150) int targetOffset,
      @ForAll ProrationUnit unit,
      @ForAll @Size(max = 12) List<@IntRange(min = -3, max = 3) Integer> edits) {
    List<Subscription> subs = new ArrayList<>();
    subs.add(BillRunProperties.build("s-a", a));
    if (two) {
      subs.add(BillRunProperties.build("s-b", b));
    }
    List<UsageRecord> usage = usage(subs);
    InvoiceGenerator gen = new InvoiceGenerator(unit);
    LocalDate target = BASE.plusDays(a.startOffset() + targetOffset);

    BillingResult should =
        gen.generate(new AccountBilling(ACME, subs, List.of(), usage), CATALOG, target);
    List<InvoiceLine> wrong = wrongly(should.lines(), edits);
    List<Invoice> invoices = new ArrayList<>();
    invoices.add(invoice("in-wrong", wrong));
    // a deleted draft counts for nothing, whatever it holds
    invoices.add(invoice("in-deleted", should.lines()).delete(AT).value());
    BillingResult difference =
        gen.generate(new AccountBilling(ACME, subs, invoices, usage), CATALOG, target);

    List<InvoiceLine> billedPlusDifference = new ArrayList<>(wrong);
    billedPlusDifference.addAll(difference.lines());
    assertThat(perKey(billedPlusDifference)).isEqualTo(perKey(should.lines()));
    assertThat(difference.nextDate()).isEqualTo(should.nextDate());
    for (InvoiceLine l : difference.lines()) {
      assertThat(l.type()).isNotEqualTo(LineType.TAX);
    }
    invoices.add(invoice("in-difference", difference.lines()));
    assertThat(
            gen.generate(new AccountBilling(ACME, subs, invoices, usage), CATALOG, target).lines())
        .isEmpty();
    Statistics.label("corrected")
        .collect(
            difference.lines().isEmpty()
                ? "nothing to correct"
                : difference.lines().stream().anyMatch(l -> l.type() == LineType.ADJUSTMENT)
                    ? "adjusted"
                    : "re-billed only");
    Statistics.label("corrected").coverage(c -> c.check("adjusted").percentage(pct -> pct > 20));
  }

  /** Each edit touches the line at its position: -3 drops it, 3 bills it twice, else cents off. */
  private static List<InvoiceLine> wrongly(List<InvoiceLine> lines, List<Integer> edits) {
    List<InvoiceLine> out = new ArrayList<>(lines);
    for (int i = 0; i < edits.size() && !out.isEmpty(); i++) {
      int at = (i * 7) % out.size();
      int edit = edits.get(i);
      InvoiceLine l = out.get(at);
      if (edit == -3) {
        out.remove(at);
      } else if (edit == 3) {
        out.add(l);
      } else if (edit != 0) {
        out.set(at, withAmount(l, l.amount().plus(Money.ofMinor(edit, l.amount().currency()))));
      }
    }
    return out;
  }

  private static InvoiceLine withAmount(InvoiceLine l, Money amount) {
    return new InvoiceLine(
        l.type(),
        l.description(),
        amount,
        l.quantity(),
        l.servicePeriod(),
        l.subscriptionId(),
        l.priceId());
  }

  /** The amount per (subscription, price or coupon, quantity, service period); zeros left out. */
  private static Map<String, Money> perKey(List<InvoiceLine> lines) {
    Map<String, Money> sums = new TreeMap<>();
    for (InvoiceLine l : lines) {
      String key =
          l.subscriptionId() + "|" + l.priceId() + "|" + l.quantity() + "|" + l.servicePeriod();
      sums.merge(key, l.amount(), Money::plus);
    }
    sums.values().removeIf(Money::isZero);
    return sums;
  }

  private static List<UsageRecord> usage(List<Subscription> subs) {
    List<UsageRecord> out = new ArrayList<>();
    for (Subscription s : subs) {
      for (int i = 0; i < 6; i++) {
        out.add(
            new UsageRecord(
                s.id(), "metered-calls", s.startDate().plusDays(i * 23L % 150), 100L * i + 7));
      }
    }
    return out;
  }

  private static Invoice invoice(String id, List<InvoiceLine> lines) {
    return Invoice.draft()
        .id(InvoiceId.of(id))
        .account(ACME)
        .currency(Fixtures.USD)
        .lines(lines)
        .terms(PaymentTerms.net(30))
        .build();
  }
}
