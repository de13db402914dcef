package dev.revops.examples.simulation;

import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.examples.report.HtmlReport;
import dev.revops.examples.report.Series;
import dev.revops.examples.report.Svg;
import dev.revops.metrics.projection.MrrTotals;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.ReceivableTotals;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import dev.revops.metrics.sales.FunnelStep;
import dev.revops.metrics.subscription.CohortRow;
import dev.revops.metrics.subscription.MovementSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Turns a {@link SimulationResult} into the console summary and the HTML report. Stateless. */
public final class SimulationReport {
  private static final String BLUE = "#2563eb";
  private static final String GREEN = "#16a34a";
  private static final String TEAL = "#0d9488";
  private static final String PURPLE = "#7c3aed";
  private static final String ORANGE = "#ea580c";
  private static final String RED = "#dc2626";
  private static final String[] AGING_COLOURS = {
    "#16a34a", "#84cc16", "#eab308", "#f97316", "#dc2626", "#7f1d1d"
  };
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
            "%,d customer accounts, %,d onboarding orders fulfilled, %,d domain events published,"
                + " %,d collections log entries%n",
            r.customers(),
            r.ordersFulfilled(),
            r.eventsPublished(),
            r.activities().size()));
    String month =
        last.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ROOT)
            + " "
            + last.month().getYear();
    sb.append(String.format(Locale.ROOT, "%nKPIs for %s%-20s trend, month by month%n", month, ""));
    line(sb, r, "MRR", m -> money(m.mrr().mrrAtEnd()), m -> m.mrr().mrrAtEnd().minor());
    line(
        sb,
        r,
        "  new + expansion",
        m -> money(m.mrr().newBusiness().plus(m.mrr().expansion())),
        m -> m.mrr().newBusiness().plus(m.mrr().expansion()).minor());
    line(
        sb,
        r,
        "  churn + contraction",
        m -> money(m.mrr().churn().plus(m.mrr().contraction())),
        m -> m.mrr().churn().plus(m.mrr().contraction()).minor());
    line(
        sb,
        r,
        "Paying customers",
        m -> count(m.mrr().customersAtEnd()),
        m -> m.mrr().customersAtEnd());
    line(sb, r, "Customer churn", m -> pct(m.customerChurn()), m -> num(m.customerChurn()));
    line(
        sb,
        r,
        "Net revenue retention",
        m -> pct(m.netRevenueRetention()),
        m -> num(m.netRevenueRetention()));
    line(sb, r, "ARPA", m -> amount(m.arpa()), m -> num(m.arpa()));
    line(sb, r, "Leads captured", m -> count(m.leads()), MonthReport::leads);
    line(
        sb,
        r,
        "Marketing-qualified",
        m -> m.leads() == 0 ? "-" : percent((double) m.qualified() / m.leads()),
        m -> m.leads() == 0 ? 0 : (double) m.qualified() / m.leads());
    line(sb, r, "Deals won (new customers)", m -> count(m.converted()), MonthReport::converted);
    line(sb, r, "Invoiced", m -> money(m.invoiced()), m -> m.invoiced().minor());
    line(sb, r, "Failed charges", m -> count(m.paymentsFailed()), MonthReport::paymentsFailed);
    line(
        sb,
        r,
        "  recovered by retry",
        m -> count(m.recoveredByRetry()),
        MonthReport::recoveredByRetry);
    line(
        sb,
        r,
        "AR (open receivables)",
        m -> money(m.aging().total()),
        m -> m.aging().total().minor());
    line(
        sb,
        r,
        "  past due",
        m -> money(m.aging().total().minus(m.aging().current())),
        m -> m.aging().total().minus(m.aging().current()).minor());
    line(sb, r, "DSO (days)", m -> days(m.dso()), m -> num(m.dso()));
    line(sb, r, "CEI", m -> pct(m.cei()), m -> ratio(m.cei()));
    line(sb, r, "Contacts allowed", m -> count(m.contactsAllowed()), MonthReport::contactsAllowed);
    line(sb, r, "Contacts blocked", m -> count(m.contactsBlocked()), MonthReport::contactsBlocked);
    line(
        sb,
        r,
        "Right-party contacts",
        m -> pct(m.rightPartyContactRate()),
        m -> num(m.rightPartyContactRate()));
    line(sb, r, "Written off", m -> money(m.writtenOff()), m -> m.writtenOff().minor());
    line(sb, r, "Cases opened", m -> count(m.casesOpened()), MonthReport::casesOpened);
    line(
        sb,
        r,
        "Resolved within SLA",
        m ->
            m.casesResolved() == 0 ? "-" : percent((double) m.casesWithinSla() / m.casesResolved()),
        m -> m.casesResolved() == 0 ? 0 : (double) m.casesWithinSla() / m.casesResolved());
    sb.append(
        String.format(
            Locale.ROOT,
            "%nWhole run: win rate %s, sales cycle %s days, lead-to-customer %s, %,d duplicate"
                + " leads merged, promises kept %s%n",
            pct(r.winRate()),
            days(r.salesCycle()),
            r.funnel().isEmpty() ? "-" : overall(r.funnel()),
            r.duplicateLeads(),
            pct(r.promiseKeptRate())));
    sb.append(
        String.format(
            Locale.ROOT,
            "Event-stream projection (MRR movements, receivables) matches the batch calculators"
                + " in %d of %d months%n",
            agreeingMonths(r),
            r.months().size()));
    Ledger l = r.ledger();
    sb.append(
        String.format(
            Locale.ROOT,
            "Books: invoiced %s - paid %s - credited %s - written off %s = AR %s (%s)%n",
            money(l.invoiced()),
            money(l.paid()),
            money(l.credited()),
            money(l.writtenOff()),
            money(l.receivables()),
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
        : percent((double) lastStep.reachedTo() / first.reachedFrom());
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
    SimulationConfig c = r.config();
    MonthReport last = r.last();
    List<String> x = r.months().stream().map(m -> m.month().toString()).toList();
    HtmlReport report =
        new HtmlReport(
            "revops demo: a synthetic subscription company",
            String.format(
                Locale.ROOT,
                "%d accounts, %d months from %s, seed %d. Every figure is computed by"
                    + " revops-metrics from facts the other modules produced.",
                c.accounts(),
                c.months(),
                c.start(),
                c.seed()));
    report
        .figure("MRR " + last.month(), money(last.mrr().mrrAtEnd()))
        .figure("Paying customers", count(last.mrr().customersAtEnd()))
        .figure("Net revenue retention", pct(last.netRevenueRetention()))
        .figure("Customer churn", pct(last.customerChurn()))
        .figure("ARPA", amount(last.arpa()))
        .figure("AR", money(last.aging().total()))
        .figure("DSO", days(last.dso()) + " days")
        .figure("CEI", pct(last.cei()));

    List<List<String>> mrrRows = new ArrayList<>();
    for (MonthReport m : r.months()) {
      MovementSummary s = m.mrr();
      mrrRows.add(
          List.of(
              m.month().toString(),
              money(s.mrrAtStart()),
              money(s.newBusiness()),
              money(s.expansion()),
              money(s.reactivation()),
              money(s.contraction()),
              money(s.churn()),
              money(s.mrrAtEnd()),
              pct(m.customerChurn()),
              pct(m.netRevenueRetention())));
    }
    report.section(
        "MRR and its movements",
        "MrrBook from subscription segments (billing); start + new + expansion + reactivation -"
            + " contraction - churn = end, checked for every month. Churn is ChartMogul's"
            + " definition; NRR is monthly.",
        Svg.lineChart(
                "MRR at month end",
                x,
                List.of(series("MRR", r, m -> dollars(m.mrr().mrrAtEnd()), BLUE)),
                "$")
            + Svg.stackedBars(
                "MRR movements",
                x,
                List.of(
                    series("new", r, m -> dollars(m.mrr().newBusiness()), GREEN),
                    series("expansion", r, m -> dollars(m.mrr().expansion()), TEAL),
                    series("reactivation", r, m -> dollars(m.mrr().reactivation()), PURPLE),
                    series("contraction", r, m -> -dollars(m.mrr().contraction()), ORANGE),
                    series("churn", r, m -> -dollars(m.mrr().churn()), RED)),
                "$"),
        List.of(
            "Month",
            "Start",
            "New",
            "Expansion",
            "Reactivation",
            "Contraction",
            "Churn",
            "End",
            "Churn",
            "NRR"),
        mrrRows);

    List<String> stages = new ArrayList<>();
    List<Double> reached = new ArrayList<>();
    List<List<String>> funnelRows = new ArrayList<>();
    for (FunnelStep step : r.funnel()) {
      if (stages.isEmpty()) {
        stages.add(step.from());
        reached.add((double) step.reachedFrom());
      }
      stages.add(step.to());
      reached.add((double) step.reachedTo());
      funnelRows.add(
          List.of(
              step.from() + " \u2192 " + step.to(),
              count(step.reachedFrom()),
              count(step.reachedTo()),
              pct(step.conversion()),
              pct(step.dropOff())));
    }
    for (Map.Entry<String, MetricResult> e :
        new java.util.TreeMap<>(r.conversionBySource()).entrySet()) {
      funnelRows.add(List.of("source: " + e.getKey(), "", "", pct(e.getValue()), ""));
    }
    report.section(
        "Lead funnel",
        "Every lead of the run by the furthest stage it reached (SalesMetrics.funnel), and"
            + " lead-to-customer conversion per source. Win rate "
            + pct(r.winRate())
            + ", sales cycle "
            + days(r.salesCycle())
            + " days, "
            + r.duplicateLeads()
            + " duplicate captures merged. The last months' leads have not had the time to"
            + " convert yet (sales takes 2 to 7 weeks).",
        Svg.stackedBars(
                "Leads reaching each stage",
                stages,
                List.of(new Series("leads", reached, BLUE)),
                "")
            + Svg.lineChart(
                "Lead-to-customer conversion of the month's leads",
                x,
                List.of(series("conversion", r, m -> 100 * num(m.leadConversion()), GREEN)),
                "%"),
        List.of("Step", "Reached from", "Reached to", "Conversion", "Drop-off"),
        funnelRows);

    List<Series> aging = new ArrayList<>();
    List<String> bucketNames = new ArrayList<>();
    for (int b = 0; b < AgingBuckets.standard().buckets().size(); b++) {
      int k = b;
      String name = AgingBuckets.standard().buckets().get(b).name();
      bucketNames.add(name);
      aging.add(series(name, r, m -> dollars(m.aging().bucketBalances().get(k)), AGING_COLOURS[b]));
    }
    List<List<String>> agingRows = new ArrayList<>();
    for (MonthReport m : r.months()) {
      List<String> row = new ArrayList<>();
      row.add(m.month().toString());
      m.aging().bucketBalances().forEach(b -> row.add(money(b)));
      row.add(money(m.aging().total()));
      agingRows.add(row);
    }
    List<String> agingHeaders = new ArrayList<>();
    agingHeaders.add("Month end");
    agingHeaders.addAll(bucketNames);
    agingHeaders.add("Total");
    report.section(
        "AR aging by bucket",
        "Open receivables (billing invoices as core Receivables) by days past due on the last day"
            + " of each month; standard 30-day buckets.",
        Svg.stackedBars("Receivables by aging bucket", x, aging, "$"),
        agingHeaders,
        agingRows);

    List<List<String>> dsoRows = new ArrayList<>();
    for (MonthReport m : r.months()) {
      dsoRows.add(
          List.of(
              m.month().toString(),
              money(m.invoiced()),
              money(m.paid()),
              money(m.credited()),
              money(m.writtenOff()),
              days(m.dso()),
              pct(m.cei()),
              count(m.paymentsFailed()),
              count(m.recoveredByRetry())));
    }
    report.section(
        "DSO and CEI",
        "Standard DSO = ending AR / credit sales x days in the month; CEI = (beginning AR + credit"
            + " sales - ending total AR) / (beginning AR + credit sales - ending current AR).",
        Svg.lineChart("DSO (days)", x, List.of(series("DSO", r, m -> num(m.dso()), BLUE)), "d")
            + Svg.lineChart(
                "Collection effectiveness index",
                x,
                List.of(series("CEI", r, m -> 100 * ratio(m.cei()), GREEN)),
                "%"),
        List.of(
            "Month",
            "Invoiced",
            "Paid",
            "Credited",
            "Written off",
            "DSO",
            "CEI",
            "Failed charges",
            "Recovered by retry"),
        dsoRows);

    List<CohortRow> cohorts = r.cohorts();
    cohorts =
        cohorts.subList(Math.max(0, cohorts.size() - Math.min(24, c.months())), cohorts.size());
    int columns = cohorts.stream().mapToInt(row -> row.logoRetention().size()).max().orElse(0);
    columns = Math.min(columns, 24);
    double[][] values = new double[cohorts.size()][columns];
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < cohorts.size(); i++) {
      CohortRow row = cohorts.get(i);
      rows.add(row.cohort() + " (" + row.customers() + ")");
      for (int j = 0; j < columns; j++) {
        values[i][j] =
            j < row.logoRetention().size()
                ? row.logoRetention()
                    .get(j)
                    .valueIfDefined()
                    .map(BigDecimal::doubleValue)
                    .orElse(Double.NaN)
                : Double.NaN;
      }
    }
    List<String> cols = new ArrayList<>();
    for (int j = 0; j < columns; j++) {
      cols.add(Integer.toString(j));
    }
    report.section(
        "Cohort retention",
        "Share of each signup month's customers still paying at the end of each month since"
            + " signup (CohortRetention.matrix, logo retention); the row label gives the cohort"
            + " size.",
        Svg.heatMap("Logo retention by signup cohort", rows, cols, values),
        List.of(),
        List.of());

    List<List<String>> opsRows = new ArrayList<>();
    for (MonthReport m : r.months()) {
      opsRows.add(
          List.of(
              m.month().toString(),
              count(m.leads()),
              count(m.qualified()),
              count(m.converted()),
              count(m.contactsAllowed()),
              count(m.contactsBlocked()),
              pct(m.rightPartyContactRate()),
              pct(m.promiseToPayRate()),
              count(m.casesOpened()),
              m.casesResolved() == 0
                  ? "-"
                  : percent((double) m.casesWithinSla() / m.casesResolved())));
    }
    report.section(
        "Collections contacts and service cases",
        "Every dunning contact passed the collections compliance gate (consent, do-not-call,"
            + " convenient hours, call frequency, disputes, validation notice); blocked ones are"
            + " logged with the rules that blocked them. Right-party rate is per call attempt,"
            + " promise-to-pay rate per right-party contact.",
        Svg.stackedBars(
            "Collection contacts by compliance decision",
            x,
            List.of(
                series("allowed", r, m -> m.contactsAllowed(), GREEN),
                series("blocked", r, m -> m.contactsBlocked(), RED)),
            ""),
        List.of(
            "Month",
            "Leads",
            "MQL",
            "Converted",
            "Contacts allowed",
            "Contacts blocked",
            "RPC rate",
            "PTP rate",
            "Cases",
            "Within SLA"),
        opsRows);
    return report.render();
  }

  private static Series series(
      String name, SimulationResult r, ToDoubleFunction<MonthReport> f, String colour) {
    List<Double> v = new ArrayList<>();
    for (MonthReport m : r.months()) {
      v.add(f.applyAsDouble(m));
    }
    return new Series(name, v, colour);
  }

  private static double dollars(Money m) {
    return m.amount().doubleValue();
  }

  private static double num(MetricResult m) {
    return m.valueIfDefined().map(BigDecimal::doubleValue).orElse(0.0);
  }

  static String money(Money m) {
    return String.format(Locale.ROOT, "$%,.0f", m.amount());
  }

  static String amount(MetricResult m) {
    return m.valueIfDefined().map(v -> String.format(Locale.ROOT, "$%,.2f", v)).orElse("n/a");
  }

  static String pct(MetricResult m) {
    return m.valueIfDefined().map(v -> percent(ratio(m))).orElse("n/a");
  }

  /** A ratio or percent result as a ratio (0.25 for 25%), 0 when undefined. */
  static double ratio(MetricResult m) {
    double v = num(m);
    return m.unit() == Unit.PERCENT ? v / 100 : v;
  }

  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
  }

  static String days(MetricResult m) {
    return m.rounded(1, RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("n/a");
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
