package dev.revops.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.core.id.AccountId;
import dev.revops.core.json.RevOpsJson;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading an invoice's document (the JSON revops-jdbc stores): six lines, each with a service
 * period, and the invoice's own dates. {@code revops} is revops' mapper (dates and instants in
 * revops' own form read by hand); {@code jsr310Dates} is the same mapper with the JSR-310 module's
 * deserializers for dates and instants put back, the baseline. Both are checked at setup to read
 * the very invoice that was written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InvoiceJsonBenchmark {
  private ObjectMapper revops;
  private ObjectMapper jsr310;
  private String json;

  /** Six lines of one account's month: two subscriptions' charges, a credit, usage, a fee, tax. */
  static Invoice invoice() {
    Currency usd = Currency.getInstance("USD");
    DateRange april = new DateRange(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    DateRange late = new DateRange(LocalDate.of(2024, 4, 16), LocalDate.of(2024, 5, 1));
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(line(LineType.RECURRING, "Pro x 3", 14700, 3, april, "sub-1", "pro-seat"));
    lines.add(line(LineType.PRORATION_CHARGE, "Pro x 1", 2450, 1, late, "sub-1", "pro-seat"));
    lines.add(line(LineType.PRORATION_CREDIT, "Basic x 1", -1500, 1, late, "sub-1", "basic"));
    lines.add(line(LineType.USAGE, "API calls", 1250, 125, april, "sub-2", "api-calls"));
    lines.add(line(LineType.RECURRING, "Support", 9900, 1, april, "sub-2", "support"));
    lines.add(InvoiceLine.of(LineType.ONE_TIME, "Setup", Money.ofMinor(10000, usd), april));
    return Invoice.draft()
        .id(InvoiceId.of("in-2024-04-0001"))
        .account(AccountId.of("acct-0001"))
        .currency(usd)
        .lines(lines)
        .terms(PaymentTerms.net(30))
        .build()
        .finalizeOn(
            LocalDate.of(2024, 5, 1),
            CreditBalance.empty(AccountId.of("acct-0001"), usd),
            Instant.parse("2024-05-01T06:00:00Z"))
        .invoice()
        .value();
  }

  private static InvoiceLine line(
      LineType type, String what, long cents, long qty, DateRange r, String sub, String price) {
    return new InvoiceLine(
        type, what, Money.ofMinor(cents, Currency.getInstance("USD")), qty, r, sub, price);
  }

  /**
   * Writes the invoice and checks that both mappers read it back equal.
   *
   * @throws IOException never, for this invoice
   */
  @Setup
  public void setUp() throws IOException {
    revops = RevOpsJson.mapper();
    jsr310 =
        RevOpsJson.mapper()
            .registerModule(
                new SimpleModule("jsr310-dates")
                    .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE)
                    .addDeserializer(Instant.class, InstantDeserializer.INSTANT));
    Invoice invoice = invoice();
    json = revops.writeValueAsString(invoice);
    if (!revops.readValue(json, Invoice.class).equals(invoice)
        || !jsr310.readValue(json, Invoice.class).equals(invoice)) {
      throw new IllegalStateException("an invoice read back differs from the one written");
    }
  }

  /**
   * revops' mapper.
   *
   * @return the invoice
   * @throws IOException never
   */
  @Benchmark
  public Invoice revops() throws IOException {
    return revops.readValue(json, Invoice.class);
  }

  /**
   * The baseline: the JSR-310 module's date and instant deserializers.
   *
   * @return the invoice
   * @throws IOException never
   */
  @Benchmark
  public Invoice jsr310Dates() throws IOException {
    return jsr310.readValue(json, Invoice.class);
  }
}
