package dev.revops.examples.small;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.validation.InputText;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

  /** The header the CSV must start with. */
  public static final String HEADER = "subscription,account,price,currency,interval,start,end";

  /** Bad rows named one by one in an error; any further ones are counted. */
  public static final int MAX_REPORTED_ROWS = 100;

  private static final int FIELDS = 7;

  /**
   * Reads the CSV: the header {@value #HEADER} (a UTF-8 byte-order mark before it is skipped), then
   * one row per subscription with an empty end for live subscriptions; blank lines are skipped, and
   * fields are not quoted. Every row is checked before anything is returned.
   *
   * @param reader the CSV
   * @return the facts, in file order
   * @throws IOException when reading fails
   * @throws InvalidInputException when the header is missing or any row is bad: each violation's
   *     path is {@code "line N"} (1-based, as an editor counts), its message names the column;
   *     refused too are a second currency in the book and a subscription id seen before (naming the
   *     line it was first on); at most {@value #MAX_REPORTED_ROWS} rows are named, inputs are
   *     quoted as short, escaped excerpts
   */
  public static List<SubscriptionFact> parse(BufferedReader reader) throws IOException {
    List<SubscriptionFact> facts = new ArrayList<>();
    List<Violation> problems = new ArrayList<>();
    int badRows = 0;
    String line = reader.readLine();
    if (line != null && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
      line = line.substring(1);
    }
    if (line == null || !line.strip().equals(HEADER)) {
      // without this check a missing header silently dropped the first data row
      throw InvalidInputException.of(
          WHAT,
          "line 1",
          line == null
              ? "empty input; expected the header '" + HEADER + "'"
              : "expected the header '" + HEADER + "', got '" + InputText.excerpt(line) + "'");
    }
    Map<String, Integer> firstLineOfId = new HashMap<>();
    Currency bookCurrency = null;
    int bookCurrencyLine = 0;
    int n = 1;
    while ((line = reader.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      List<String> rowProblems = new ArrayList<>();
      SubscriptionFact fact = row(line, rowProblems);
      if (fact != null) {
        Integer first = firstLineOfId.putIfAbsent(fact.subscriptionId(), n);
        if (first != null) {
          rowProblems.add(
              "subscription: duplicate id '"
                  + InputText.excerpt(fact.subscriptionId())
                  + "' (first on line "
                  + first
                  + ")");
        }
        Currency c = fact.price().currency();
        if (bookCurrency == null) {
          bookCurrency = c;
          bookCurrencyLine = n;
        } else if (!bookCurrency.equals(c)) {
          rowProblems.add(
              "currency: "
                  + c.getCurrencyCode()
                  + ", but the book is in "
                  + bookCurrency.getCurrencyCode()
                  + " (from line "
                  + bookCurrencyLine
                  + "); one book has one currency");
        }
      }
      if (rowProblems.isEmpty()) {
        facts.add(fact);
      } else if (++badRows <= MAX_REPORTED_ROWS) {
        for (String problem : rowProblems) {
          problems.add(new Violation("line " + n, problem));
        }
      }
    }
    if (badRows > MAX_REPORTED_ROWS) {
      problems.add(
          new Violation(
              "line " + n, (badRows - MAX_REPORTED_ROWS) + " more bad rows are not listed"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(WHAT, problems);
    }
    return facts;
  }

  private static final String WHAT = "subscriptions CSV";

  /** One row's fact, or null with the row's problems added (every column is checked). */
  private static SubscriptionFact row(String line, List<String> problems) {
    String[] f = line.split(",", -1);
    if (f.length != FIELDS) {
      problems.add("expected " + FIELDS + " fields, got " + f.length);
      return null;
    }
    String id = f[0];
    if (id.isBlank() || id.length() > 200) {
      problems.add(
          "subscription: must be 1 to 200 characters, got '" + InputText.excerpt(id) + "'");
    }
    AccountId account = null;
    try {
      account = AccountId.of(f[1]);
    } catch (IllegalArgumentException e) {
      problems.add("account: " + e.getMessage());
    }
    Money price = null;
    try {
      price = Money.of(f[2], f[3]);
      if (price.isNegative()) {
        problems.add("price: must not be negative, got " + price);
        price = null;
      }
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        problems.add((v.path().equals("currency") ? "currency: " : "price: ") + v.message());
      }
    }
    BillingInterval interval =
        switch (f[4]) {
          case "MONTHLY" -> BillingInterval.MONTHLY;
          case "YEARLY" -> BillingInterval.YEARLY;
          case "QUARTERLY" -> BillingInterval.QUARTERLY;
          default -> {
            problems.add(
                "interval '"
                    + InputText.excerpt(f[4])
                    + "' (expected MONTHLY, QUARTERLY or YEARLY)");
            yield null;
          }
        };
    LocalDate start = date("start", f[5], problems);
    LocalDate end = f[6].isEmpty() ? null : date("end", f[6], problems);
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("end: " + end + " is before the start " + start);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new SubscriptionFact(id, account, price, interval, start, end);
  }

  private static LocalDate date(String column, String text, List<String> problems) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(column + ": not a date (yyyy-mm-dd): '" + InputText.excerpt(text) + "'");
      return null;
    }
  }
}
