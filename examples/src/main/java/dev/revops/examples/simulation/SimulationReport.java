package dev.revops.examples.simulation;

import dev.revops.metrics.projection.MrrTotals;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.ReceivableTotals;
import dev.revops.metrics.sales.FunnelStep;
import dev.revops.metrics.subscription.MovementSummary;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/** Turns a {@link SimulationResult} into the console summary and the HTML report. Stateless. */
public final class SimulationReport {
  private static final String SPARKS = "▁▂▃▄▅▆▇█";

  private SimulationReport() {}

  /**
   * The console summary: the last month's KPIs of every module, with a sparkline of the trend.
   *
   * @param r the result
   * @return the text, lines separated by {@code \n}
   */
  public static String console(SimulationResult r) {
    MonthReport last = r.last();
    MovementSummary s = last.mrr();
    StringBuilder sb = new StringBuilder();
    SimulationConfig c = r.config();
    sb.append(
        String.format(
            Locale.ROOT,
            "revops demo: %d accounts, %d months from %s, seed %d%n",
            c.accounts(),
            c.months(),
            c.start(),
            c.seed()));
    sb.append(
        String.format(
            Locale.ROOT,
            "%,d customer accounts, %,d onboarding orders fulfilled, %,d domain events published"
                + " (%,d delivered by the outbox relay, %,d pending), %,d collections log entries%n",
            r.customers(),
            r.ordersFulfilled(),
            r.eventsPublished(),
            r.outboxDelivered(),
            r.outboxPending(),
            r.activities().size()));
    String month =
        last.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
            + " "
            + last.month().getYear();
    sb.append(String.format(Locale.ROOT, "%nKPIs for %s%-20s trend, month by month%n", month, ""));
    line(sb, r, "MRR", m -> Formats.money(m.mrr().mrrAtEnd()), m -> m.mrr().mrrAtEnd().minor());
    line(
        sb,
        r,
        "  new + expansion",
        m -> Formats.money(m.mrr().newBusiness().plus(m.mrr().expansion())),
        m -> m.mrr().newBusiness().plus(m.mrr().expansion()).minor());
    line(
        sb,
        r,
        "  churn + contraction",
        m -> Formats.money(m.mrr().churn().plus(m.mrr().contraction())),
        m -> m.mrr().churn().plus(m.mrr().contraction()).minor());
    line(
        sb,
        r,
        "Paying customers",
        m -> Formats.count(m.mrr().customersAtEnd()),
        m -> m.mrr().customersAtEnd());
    line(
        sb,
        r,
        "Customer churn",
        m -> Formats.pct(m.customerChurn()),
        m -> Formats.num(m.customerChurn()));
    line(
        sb,
        r,
        "Net revenue retention",
        m -> Formats.pct(m.netRevenueRetention()),
        m -> Formats.num(m.netRevenueRetention()));
    line(sb, r, "ARPA", m -> Formats.amount(m.arpa()), m -> Formats.num(m.arpa()));
    countLine(sb, r, "Leads captured", MonthReport::leads);
    line(
        sb,
        r,
        "Marketing-qualified",
        m -> m.leads() == 0 ? "-" : Formats.percent((double) m.qualified() / m.leads()),
        m -> m.leads() == 0 ? 0 : (double) m.qualified() / m.leads());
    countLine(sb, r, "Deals won (new customers)", MonthReport::converted);
    line(sb, r, "Invoiced", m -> Formats.money(m.invoiced()), m -> m.invoiced().minor());
    countLine(sb, r, "Failed charges", MonthReport::paymentsFailed);
    countLine(sb, r, "  recovered by retry", MonthReport::recoveredByRetry);
    line(
        sb,
        r,
        "AR (open receivables)",
        m -> Formats.money(m.aging().total()),
        m -> m.aging().total().minor());
    line(
        sb,
        r,
        "  past due",
        m -> Formats.money(m.aging().total().minus(m.aging().current())),
        m -> m.aging().total().minus(m.aging().current()).minor());
    line(sb, r, "DSO (days)", m -> Formats.days(m.dso()), m -> Formats.num(m.dso()));
    line(sb, r, "CEI", m -> Formats.pct(m.cei()), m -> Formats.ratio(m.cei()));
    countLine(sb, r, "Contacts allowed", MonthReport::contactsAllowed);
    countLine(sb, r, "Contacts blocked", MonthReport::contactsBlocked);
    line(
        sb,
        r,
        "Right-party contacts",
        m -> Formats.pct(m.rightPartyContactRate()),
        m -> Formats.num(m.rightPartyContactRate()));
    line(sb, r, "Written off", m -> Formats.money(m.writtenOff()), m -> m.writtenOff().minor());
    countLine(sb, r, "Cases opened", MonthReport::casesOpened);
    line(
        sb,
        r,
        "Resolved within SLA",
        m ->
            m.casesResolved() == 0
                ? "-"
                : Formats.percent((double) m.casesWithinSla() / m.casesResolved()),
        m -> m.casesResolved() == 0 ? 0 : (double) m.casesWithinSla() / m.casesResolved());
    sb.append(
        String.format(
            Locale.ROOT,
            "%nWhole run: win rate %s, sales cycle %s days, lead-to-customer %s, %,d duplicate"
                + " leads merged, promises kept %s%n",
            Formats.pct(r.winRate()),
            Formats.days(r.salesCycle()),
            r.funnel().isEmpty() ? "-" : overall(r.funnel()),
            r.duplicateLeads(),
            Formats.pct(r.promiseKeptRate())));
    sb.append(
        String.format(
            Locale.ROOT,
            "Event-stream projection (MRR movements, receivables) matches the batch calculators"
                + " in %d of %d months%n",
            agreeingMonths(r),
            r.months().size()));
    sb.append(System.lineSeparator());
    for (String line : GrowthText.lines(r.growth())) {
      sb.append(line).append(System.lineSeparator());
    }
    Ledger l = r.ledger();
    sb.append(
        String.format(
            Locale.ROOT,
            "Books: invoiced %s - paid %s - credited %s - written off %s = AR %s (%s)%n",
            Formats.money(l.invoiced()),
            Formats.money(l.paid()),
            Formats.money(l.credited()),
            Formats.money(l.writtenOff()),
            Formats.money(l.receivables()),
            l.balances() ? "balances" : "DOES NOT BALANCE"));
    return sb.toString();
  }

  /**
   * Counts the months in which metrics' event-stream projection gives the same MRR movements and
   * receivable totals as the batch calculators.
   *
   * @param r the result
   * @return the number of agreeing months
   */
  public static int agreeingMonths(SimulationResult r) {
    int agree = 0;
    for (int m = 0; m < r.months().size(); m++) {
      MonthReport b = r.months().get(m);
      PeriodReport p = r.projected().get(m);
      MovementSummary s = b.mrr();
      MrrTotals t = p.mrr();
      ReceivableTotals rt = p.receivables();
      boolean same =
          t.mrrAtStart().equals(s.mrrAtStart())
              && t.newBusiness().equals(s.newBusiness())
              && t.expansion().equals(s.expansion())
              && t.reactivation().equals(s.reactivation())
              && t.contraction().equals(s.contraction())
              && t.churn().equals(s.churn())
              && t.mrrAtEnd().equals(s.mrrAtEnd())
              && rt.issued().equals(b.invoiced())
              && rt.paid().equals(b.paid())
              && rt.credited().equals(b.credited())
              && rt.writtenOff().equals(b.writtenOff())
              && rt.atEnd().equals(b.aging().total());
      if (same) {
        agree++;
      }
    }
    return agree;
  }

  private static String overall(List<FunnelStep> funnel) {
    FunnelStep first = funnel.get(0);
    FunnelStep lastStep = funnel.get(funnel.size() - 1);
    return first.reachedFrom() == 0
        ? "-"
        : Formats.percent((double) lastStep.reachedTo() / first.reachedFrom());
  }

  /** A line of a monthly count, its trend the same count. */
  private static void countLine(
      StringBuilder sb, SimulationResult r, String label, ToLongFunction<MonthReport> count) {
    line(sb, r, label, m -> Formats.count(count.applyAsLong(m)), count::applyAsLong);
  }

  private static void line(
      StringBuilder sb,
      SimulationResult r,
      String label,
      Function<MonthReport, String> value,
      ToDoubleFunction<MonthReport> trend) {
    List<MonthReport> months = r.months();
    List<MonthReport> recent = months.subList(Math.max(0, months.size() - 12), months.size());
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    double[] v = new double[recent.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = trend.applyAsDouble(recent.get(i));
      min = Math.min(min, v[i]);
      max = Math.max(max, v[i]);
    }
    StringBuilder spark = new StringBuilder();
    for (double x : v) {
      int k = max == min ? 3 : (int) Math.round((x - min) / (max - min) * (SPARKS.length() - 1));
      spark.append(SPARKS.charAt(k));
    }
    sb.append(
        String.format(Locale.ROOT, "  %-24s %16s   %s%n", label, value.apply(r.last()), spark));
  }

  /**
   * The HTML report with its charts.
   *
   * @param r the result
   * @return the HTML document
   */
  public static String html(SimulationResult r) {
    return HtmlPages.html(r);
  }
}
