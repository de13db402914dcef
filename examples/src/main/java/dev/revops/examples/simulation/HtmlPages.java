package dev.revops.examples.simulation;

import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.examples.report.HtmlReport;
import dev.revops.examples.report.Series;
import dev.revops.examples.report.Svg;
import dev.revops.metrics.campaign.AttributionModel;
import dev.revops.metrics.campaign.CampaignCounts;
import dev.revops.metrics.campaign.CampaignFunnel;
import dev.revops.metrics.campaign.CampaignKey;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.sales.FunnelStep;
import dev.revops.metrics.subscription.CohortRow;
import dev.revops.metrics.subscription.MovementSummary;
import dev.revops.sales.experiment.Comparison;
import dev.revops.sales.experiment.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** The demo's HTML report: its charts and tables, from a {@link SimulationResult}. Stateless. */
final class HtmlPages {
  private static final String BLUE = "#2563eb";
  private static final String GREEN = "#16a34a";
  private static final String TEAL = "#0d9488";
  private static final String PURPLE = "#7c3aed";
  private static final String ORANGE = "#ea580c";
  private static final String RED = "#dc2626";
  private static final String[] AGING_COLOURS = {
    "#16a34a", "#84cc16", "#eab308", "#f97316", "#dc2626", "#7f1d1d"
  };

  private HtmlPages() {}

  /**
   * The HTML report with its charts.
   *
   * @param r the result
   * @return the HTML document
   */
  static String html(SimulationResult r) {
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
        .figure("MRR " + last.month(), Formats.money(last.mrr().mrrAtEnd()))
        .figure("Paying customers", Formats.count(last.mrr().customersAtEnd()))
        .figure("Net revenue retention", Formats.pct(last.netRevenueRetention()))
        .figure("Customer churn", Formats.pct(last.customerChurn()))
        .figure("ARPA", Formats.amount(last.arpa()))
        .figure("AR", Formats.money(last.aging().total()))
        .figure("DSO", Formats.days(last.dso()) + " days")
        .figure("CEI", Formats.pct(last.cei()));

    List<List<String>> mrrRows = new ArrayList<>();
    for (MonthReport m : r.months()) {
      MovementSummary s = m.mrr();
      mrrRows.add(
          List.of(
              m.month().toString(),
              Formats.money(s.mrrAtStart()),
              Formats.money(s.newBusiness()),
              Formats.money(s.expansion()),
              Formats.money(s.reactivation()),
              Formats.money(s.contraction()),
              Formats.money(s.churn()),
              Formats.money(s.mrrAtEnd()),
              Formats.pct(m.customerChurn()),
              Formats.pct(m.netRevenueRetention())));
    }
    report.section(
        "MRR and its movements",
        "MrrBook from subscription segments (billing); start + new + expansion + reactivation -"
            + " contraction - churn = end, checked for every month. Churn is ChartMogul's"
            + " definition; NRR is monthly.",
        Svg.lineChart(
                "MRR at month end",
                x,
                List.of(series("MRR", r, m -> Formats.dollars(m.mrr().mrrAtEnd()), BLUE)),
                "$")
            + Svg.stackedBars(
                "MRR movements",
                x,
                List.of(
                    series("new", r, m -> Formats.dollars(m.mrr().newBusiness()), GREEN),
                    series("expansion", r, m -> Formats.dollars(m.mrr().expansion()), TEAL),
                    series("reactivation", r, m -> Formats.dollars(m.mrr().reactivation()), PURPLE),
                    series("contraction", r, m -> -Formats.dollars(m.mrr().contraction()), ORANGE),
                    series("churn", r, m -> -Formats.dollars(m.mrr().churn()), RED)),
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
              Formats.count(step.reachedFrom()),
              Formats.count(step.reachedTo()),
              Formats.pct(step.conversion()),
              Formats.pct(step.dropOff())));
    }
    for (Map.Entry<String, MetricResult> e :
        new java.util.TreeMap<>(r.conversionBySource()).entrySet()) {
      funnelRows.add(List.of("source: " + e.getKey(), "", "", Formats.pct(e.getValue()), ""));
    }
    report.section(
        "Lead funnel",
        "Every lead of the run by the furthest stage it reached (SalesMetrics.funnel), and"
            + " lead-to-customer conversion per source. Win rate "
            + Formats.pct(r.winRate())
            + ", sales cycle "
            + Formats.days(r.salesCycle())
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
                List.of(series("conversion", r, m -> 100 * Formats.num(m.leadConversion()), GREEN)),
                "%"),
        List.of("Step", "Reached from", "Reached to", "Conversion", "Drop-off"),
        funnelRows);

    List<Series> aging = new ArrayList<>();
    List<String> bucketNames = new ArrayList<>();
    for (int b = 0; b < AgingBuckets.standard().buckets().size(); b++) {
      int k = b;
      String name = AgingBuckets.standard().buckets().get(b).name();
      bucketNames.add(name);
      aging.add(
          series(
              name, r, m -> Formats.dollars(m.aging().bucketBalances().get(k)), AGING_COLOURS[b]));
    }
    List<List<String>> agingRows = new ArrayList<>();
    for (MonthReport m : r.months()) {
      List<String> row = new ArrayList<>();
      row.add(m.month().toString());
      m.aging().bucketBalances().forEach(b -> row.add(Formats.money(b)));
      row.add(Formats.money(m.aging().total()));
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
              Formats.money(m.invoiced()),
              Formats.money(m.paid()),
              Formats.money(m.credited()),
              Formats.money(m.writtenOff()),
              Formats.days(m.dso()),
              Formats.pct(m.cei()),
              Formats.count(m.paymentsFailed()),
              Formats.count(m.recoveredByRetry())));
    }
    report.section(
        "DSO and CEI",
        "Standard DSO = ending AR / credit sales x days in the month; CEI = (beginning AR + credit"
            + " sales - ending total AR) / (beginning AR + credit sales - ending current AR).",
        Svg.lineChart(
                "DSO (days)", x, List.of(series("DSO", r, m -> Formats.num(m.dso()), BLUE)), "d")
            + Svg.lineChart(
                "Collection effectiveness index",
                x,
                List.of(series("CEI", r, m -> 100 * Formats.ratio(m.cei()), GREEN)),
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
              Formats.count(m.leads()),
              Formats.count(m.qualified()),
              Formats.count(m.converted()),
              Formats.count(m.contactsAllowed()),
              Formats.count(m.contactsBlocked()),
              Formats.pct(m.rightPartyContactRate()),
              Formats.pct(m.promiseToPayRate()),
              Formats.count(m.casesOpened()),
              m.casesResolved() == 0
                  ? "-"
                  : Formats.percent((double) m.casesWithinSla() / m.casesResolved())));
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
    growth(report, r.growth().campaign());
    return report.render();
  }

  /** The cross-sell campaign: its funnel per variant, the A/B test and the attribution. */
  private static void growth(HtmlReport report, GrowthReport g) {
    if (g.launched() == null) {
      return;
    }
    List<String> stages = List.of("sent", "delivered", "opened", "clicked", "converted");
    List<Series> bars = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    String[] colours = {BLUE, GREEN};
    int i = 0;
    for (Map.Entry<CampaignKey, CampaignFunnel> e : g.funnels().entrySet()) {
      CampaignCounts c = e.getValue().counts();
      bars.add(
          new Series(
              e.getKey().variant(),
              List.of(
                  (double) c.sent(),
                  (double) c.delivered(),
                  (double) c.opened(),
                  (double) c.clicked(),
                  (double) c.converted()),
              colours[i++ % colours.length]));
      CampaignFunnel f = e.getValue();
      rows.add(
          List.of(
              e.getKey().variant(),
              Formats.count(c.sent()),
              Formats.pct(f.rate("delivery-rate")),
              Formats.pct(f.rate("open-rate")),
              Formats.pct(f.rate("click-through-rate")),
              Formats.pct(f.rate("conversion-rate")),
              Formats.pct(f.rate("unsubscribe-rate")),
              g.attributed().containsKey(e.getKey())
                  ? Formats.amount(g.attributed().get(e.getKey()))
                  : "$0.00"));
    }
    List<String> lines = GrowthText.campaignLines(g);
    report.section(
        "Cross-sell campaign and A/B test",
        String.join(" ", lines.subList(0, 1))
            + " Sent by sales' CampaignSender through the marketing compliance gate; funnel rates"
            + " from CampaignMetrics (delivery and bounce over sent, the others over delivered);"
            + " revenue is the first year of each upgrade, position-based. "
            + (g.experiment() == null ? "" : "A/B rule: " + g.experiment().ruleStated() + "."),
        Svg.stackedBars("Campaign funnel by variant (contacts)", stages, bars, ""),
        List.of(
            "Variant",
            "Sent",
            "Delivered",
            "Open",
            "Click-through",
            "Conversion",
            "Unsubscribe",
            "Revenue attributed"),
        rows);
    List<List<String>> ab = new ArrayList<>();
    if (g.experiment() != null) {
      for (Comparison c : g.experiment().comparisons()) {
        Interval lift = c.lift() == null ? null : c.lift().absolute();
        ab.add(
            List.of(
                c.variant().arm(),
                c.variant().conversions() + " / " + c.variant().contacts(),
                c.holdout().conversions() + " / " + c.holdout().contacts(),
                c.verdict().name(),
                lift == null
                    ? "not estimated"
                    : String.format(
                        Locale.ROOT,
                        "%+.1f pts [%+.1f, %+.1f]",
                        lift.estimate() * 100,
                        lift.lower() * 100,
                        lift.upper() * 100),
                c.pValue() == null ? "-" : String.format(Locale.ROOT, "%.4f", c.pValue())));
      }
    }
    List<List<String>> attribution = new ArrayList<>();
    for (AttributionModel m : AttributionModel.values()) {
      Map<String, Money> byChannel = g.byChannel().getOrDefault(m, Map.of());
      attribution.add(
          List.of(
              m.id(),
              Formats.money(byChannel.getOrDefault("EMAIL", Money.zero(World.USD))),
              Formats.money(byChannel.getOrDefault("PHONE", Money.zero(World.USD)))));
    }
    report.section(
        "A/B result and attribution",
        "Each offer against the holdout, which got no message: the verdict of the experiment's"
            + " decision rule, with its always-valid interval on the absolute lift. "
            + (g.incrementality() == null
                ? ""
                : "Incremental revenue over the holdout: "
                    + Formats.amount(g.incrementality().incrementalRevenue())
                    + "."),
        "",
        List.of("Arm", "Converted", "Holdout", "Verdict", "Lift (interval)", "p (always valid)"),
        ab);
    report.section(
        "Upgrade revenue by touch channel, per attribution model",
        "First touch, last touch, linear and position-based (40/20/40; 50/50 for two touches)"
            + " from metrics' Attribution, over the journeys of treated customers who upgraded.",
        "",
        List.of("Model", "E-mail", "Call"),
        attribution);
  }

  private static Series series(
      String name, SimulationResult r, ToDoubleFunction<MonthReport> f, String colour) {
    List<Double> v = new ArrayList<>();
    for (MonthReport m : r.months()) {
      v.add(f.applyAsDouble(m));
    }
    return new Series(name, v, colour);
  }
}
