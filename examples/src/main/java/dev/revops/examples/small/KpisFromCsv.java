package dev.revops.examples.small;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.subscription.BillingInterval;
import dev.revops.metrics.subscription.ChurnRate;
import dev.revops.metrics.subscription.MovementSummary;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.SubscriptionFact;
import dev.revops.metrics.subscription.SubscriptionMetrics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Subscription KPIs from a CSV of plain facts (one row per subscription: price, interval, start,
 * end), as a team would export them from any billing system: revops-metrics needs no other revops
 * module. Prints March 2024's MRR movements, churn, NRR and ARPA with their formulas.
 */
public final class KpisFromCsv {
  private KpisFromCsv() {}

  /**
   * Runs the example on the CSV shipped with it.
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
    List<SubscriptionFact> facts;
    try (InputStream in = KpisFromCsv.class.getResourceAsStream("subscriptions.csv")) {
      facts = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    MrrBook book = MrrBook.of(facts, Currency.getInstance("USD"));
    YearMonth march = YearMonth.of(2024, 3);
    MovementSummary s = book.summary(DateRange.of(march.atDay(1), march.plusMonths(1).atDay(1)));
    out.printf("%d subscriptions read; %s%n", facts.size(), march);
    out.printf("MRR at start   %s%n", s.mrrAtStart());
    out.printf("+ new          %s%n", s.newBusiness());
    out.printf("+ expansion    %s%n", s.expansion());
    out.printf("+ reactivation %s%n", s.reactivation());
    out.printf("- contraction  %s%n", s.contraction());
    out.printf("- churn        %s%n", s.churn());
    out.printf("= MRR at end   %s (ARR %s)%n", s.mrrAtEnd(), s.mrrAtEnd().times(12));
    out.println(ChurnRate.CHARTMOGUL.of(s));
    out.println(SubscriptionMetrics.netRevenueRetention(s));
    out.println(SubscriptionMetrics.arpa(s));
  }

  /**
   * Reads the CSV: a header, then {@code subscription,account,price,currency,interval,start,end}
   * with an empty end for live subscriptions.
   *
   * @param reader the CSV
   * @return the facts
   * @throws IOException when reading fails
   * @throws IllegalArgumentException naming the line of a bad row
   */
  public static List<SubscriptionFact> parse(BufferedReader reader) throws IOException {
    List<SubscriptionFact> facts = new ArrayList<>();
    String line = reader.readLine();
    int n = 1;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 7) {
        throw new IllegalArgumentException("line " + n + ": expected 7 fields, got " + f.length);
      }
      try {
        facts.add(
            new SubscriptionFact(
                f[0],
                AccountId.of(f[1]),
                Money.of(f[2], f[3]),
                switch (f[4]) {
                  case "MONTHLY" -> BillingInterval.MONTHLY;
                  case "YEARLY" -> BillingInterval.YEARLY;
                  case "QUARTERLY" -> BillingInterval.QUARTERLY;
                  default -> throw new IllegalArgumentException("interval '" + f[4] + "'");
                },
                LocalDate.parse(f[5]),
                f[6].isEmpty() ? null : LocalDate.parse(f[6])));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + n + ": " + e.getMessage(), e);
      }
    }
    return facts;
  }
}
