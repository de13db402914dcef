package dev.revops.billing.billrun;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.Invoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** What the watermark properties share: the day's instant, the dating back, the invoice query. */
final class WatermarkHistory {
  private WatermarkHistory() {}

  /** The instant of a day of the history: 10:30 in New York. */
  static Instant instant(LocalDate day) {
    return day.atTime(10, 30).atZone(Fixtures.NY).toInstant();
  }

  /** How many days a change is dated back: one of {@code back}, each as likely. */
  static Arbitrary<Integer> back(int[] back) {
    return Arbitraries.integers().between(0, back.length - 1).map(i -> back[i]);
  }

  /** What a store answers for "a line ends after {@code day}": those invoices, in order. */
  static List<Invoice> endingAfter(List<Invoice> all, LocalDate day) {
    List<Invoice> out = new ArrayList<>();
    for (Invoice i : all) {
      if (i.lines().stream().anyMatch(l -> l.servicePeriod().end().isAfter(day))) {
        out.add(i);
      }
    }
    return out;
  }
}
