package dev.revops.examples.simulation;

import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.subscription.Pause;
import dev.revops.billing.subscription.PlanSegment;
import dev.revops.billing.subscription.Subscription;
import dev.revops.collections.promise.PromiseId;
import dev.revops.collections.promise.PromiseStatus;
import dev.revops.collections.promise.PromiseToPay;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.pipeline.OpportunityStatus;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.collections.AgingSnapshot;
import dev.revops.metrics.collections.CollectionsMetrics;
import dev.revops.metrics.collections.ContactFact;
import dev.revops.metrics.collections.ContactMetrics;
import dev.revops.metrics.collections.PromiseFact;
import dev.revops.metrics.projection.MetricsEvent;
import dev.revops.metrics.projection.MetricsProjection;
import dev.revops.metrics.projection.PeriodReport;
import dev.revops.metrics.projection.ProjectionConfig;
import dev.revops.metrics.projection.ReceivableChanged;
import dev.revops.metrics.projection.SubscriptionMrrChanged;
import dev.revops.metrics.sales.LeadFact;
import dev.revops.metrics.sales.OpportunityFact;
import dev.revops.metrics.sales.SalesMetrics;
import dev.revops.metrics.subscription.ChurnRate;
import dev.revops.metrics.subscription.CohortRetention;
import dev.revops.metrics.subscription.MovementSummary;
import dev.revops.metrics.subscription.MrrBook;
import dev.revops.metrics.subscription.SubscriptionFact;
import dev.revops.metrics.subscription.SubscriptionMetrics;
import dev.revops.sales.pipeline.Opportunity;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The run's results, read back from the modules' stores and the facts the run kept: the month-end
 * AR aging, MRR facts from billing's subscription timelines, the monthly KPIs of revops-metrics'
 * batch calculators, the same run replayed as an event stream into its {@link MetricsProjection},
 * and the books read back from the invoices. Mutable (the aging snapshots), confined to the
 * simulation's thread.
 */
final class Results {
  private final World w;
  private final Leads leads;
  private final Invoicing invoicing;
  private final CollectionsDesk desk;
  private final Supplier<Growth> growth;
  private final List<AgingSnapshot> agings = new ArrayList<>();

  Results(
      World w, Leads leads, Invoicing invoicing, CollectionsDesk desk, Supplier<Growth> growth) {
    this.growth = growth;
    this.w = w;
    this.leads = leads;
    this.invoicing = invoicing;
    this.desk = desk;
  }

  /** Takes the AR aging at the end of a month. */
  void monthEnd(LocalDate asOf) {
    agings.add(snapshot(asOf));
  }

  private AgingSnapshot snapshot(LocalDate asOf) {
    List<Receivable> receivables = new ArrayList<>();
    for (Invoice inv : invoicing.openInvoices()) {
      receivables.add(inv.toReceivable());
    }
    return AgingSnapshot.of(AgingBuckets.standard(), receivables, asOf, World.USD);
  }

  /** MRR facts read from billing's subscriptions: one per stretch at one price, pauses left out. */
  private List<SubscriptionFact> mrrFacts() {
    List<SubscriptionFact> facts = new ArrayList<>();
    for (Customer c : w.customers) {
      Subscription s = w.stores.subscriptions().get(c.subscription);
      TreeSet<LocalDate> cuts = new TreeSet<>();
      cuts.add(s.startDate());
      for (PlanSegment seg : s.segments()) {
        cuts.add(seg.from());
      }
      for (Pause p : s.pauses()) {
        cuts.add(p.from());
        if (p.until() != null) {
          cuts.add(p.until());
        }
      }
      LocalDate end = s.entitlementEnd();
      if (end != null) {
        cuts.add(end);
      }
      List<LocalDate> points = new ArrayList<>(cuts);
      int k = 0;
      for (int i = 0; i < points.size(); i++) {
        LocalDate from = points.get(i);
        if (from.isBefore(s.startDate()) || (end != null && !from.isBefore(end))) {
          continue;
        }
        LocalDate to = i + 1 < points.size() ? points.get(i + 1) : end;
        if (!s.isBilled(from) || (to != null && !to.isAfter(from))) {
          continue;
        }
        String plan = s.segmentOn(from).planId();
        facts.add(
            new SubscriptionFact(
                s.id().value() + "#" + k++,
                s.account(),
                w.planPrice.get(plan),
                plan.endsWith("yearly")
                    ? dev.revops.core.time.BillingInterval.YEARLY
                    : dev.revops.core.time.BillingInterval.MONTHLY,
                from,
                to));
      }
    }
    return facts;
  }

  SimulationResult result() {
    List<SubscriptionFact> facts = mrrFacts();
    MrrBook book = MrrBook.of(facts, World.USD);
    List<MonthReport> months = new ArrayList<>();
    Money previousAr = Money.zero(World.USD);
    List<LeadFact> allLeads = List.copyOf(leads.leadFacts);
    for (int m = 0; m < w.config.months(); m++) {
      LocalDate from = w.config.start().plusMonths(m);
      LocalDate to = w.config.start().plusMonths(m + 1);
      DateRange period = DateRange.of(from, to);
      MovementSummary s = book.summary(period);
      List<LeadFact> monthLeads =
          allLeads.stream().filter(l -> period.contains(l.createdOn())).toList();
      long mql = monthLeads.stream().filter(l -> !l.furthestStage().equals("lead")).count();
      List<ContactFact> monthCalls =
          desk.calls.stream().filter(f -> period.contains(f.on())).toList();
      AgingSnapshot aging = agings.get(m);
      long days = period.days();
      months.add(
          new MonthReport(
              YearMonth.from(from),
              s,
              ChurnRate.CHARTMOGUL.of(s),
              SubscriptionMetrics.netRevenueRetention(s),
              SubscriptionMetrics.grossRevenueRetention(s),
              SubscriptionMetrics.arpa(s),
              SubscriptionMetrics.quickRatio(s),
              monthLeads.size(),
              mql,
              w.converted[m],
              SalesMetrics.conversionRate(monthLeads),
              w.invoiced[m],
              w.paid[m],
              w.credited[m],
              w.writtenOff[m],
              aging,
              CollectionsMetrics.dso(aging.total(), w.invoiced[m], days),
              CollectionsMetrics.cei(previousAr, w.invoiced[m], 1, aging.total(), aging.current()),
              w.paymentsFailed[m],
              w.recoveredByRetry[m],
              w.contactsAllowed[m],
              w.contactsBlocked[m],
              ContactMetrics.rightPartyContactRate(monthCalls, ContactMetrics.Basis.ATTEMPTS),
              ContactMetrics.promiseToPayRate(monthCalls, ContactMetrics.Basis.CONNECTS),
              w.casesOpened[m],
              w.casesResolved[m],
              w.casesWithinSla[m]));
      previousAr = aging.total();
    }
    List<OpportunityFact> opps = new ArrayList<>();
    for (Opportunity o : w.opportunityRepository.findAll()) {
      opps.add(
          new OpportunityFact(
              o.id(),
              o.amount(),
              Percentage.of("30"),
              createdOn(o),
              switch (o.status()) {
                case WON -> OpportunityStatus.WON;
                case LOST -> OpportunityStatus.LOST;
                default -> OpportunityStatus.OPEN;
              },
              o.closedAt() == null ? null : LocalDate.ofInstant(o.closedAt(), ZoneOffset.UTC)));
    }
    List<PromiseFact> promiseFacts = new ArrayList<>();
    for (PromiseId id : desk.promiseIds) {
      PromiseToPay p = w.collections.promises().get(id);
      if (p.status() == PromiseStatus.PROMISED || p.status() == PromiseStatus.CANCELLED) {
        continue;
      }
      Customer c = w.byAccount.get(p.account());
      promiseFacts.add(
          new PromiseFact(
              p.account(),
              c.promiseCollector.get(id),
              p.amount(),
              p.promisedFor(),
              p.paid(),
              p.status() == PromiseStatus.KEPT));
    }
    return new SimulationResult(
        w.config,
        months,
        CohortRetention.matrix(book, YearMonth.from(w.config.end().minusDays(1))),
        SalesMetrics.funnel(RevenueSimulation.STAGES, allLeads),
        SalesMetrics.conversionRateBySource(allLeads),
        SalesMetrics.winRate(opps),
        SalesMetrics.salesCycleLength(opps),
        ContactMetrics.promiseKeptRate(
            promiseFacts, w.config.end().minusDays(1), ContactMetrics.KeptBasis.COUNT),
        ledger(),
        project(facts),
        w.activityLog.all(),
        desk.contactsMade,
        w.customers.size(),
        leads.duplicates,
        invoicing.ordersFulfilled,
        w.eventsPublished,
        w.outbox.deliveredCount(),
        w.outbox.pendingCount(),
        growth.get());
  }

  /**
   * Replays the run as an event stream into metrics' {@link MetricsProjection}: the MRR of every
   * subscription stretch and every receivable change, arriving out of order within a few days.
   */
  private List<PeriodReport> project(List<SubscriptionFact> facts) {
    List<MetricsEvent> stream = new ArrayList<>(w.metricsEvents);
    Map<String, Integer> sequence = new HashMap<>();
    List<SubscriptionFact> ordered = new ArrayList<>(facts);
    ordered.sort(java.util.Comparator.comparing(SubscriptionFact::start));
    for (SubscriptionFact f : ordered) {
      String sub = f.subscriptionId().substring(0, f.subscriptionId().indexOf('#'));
      int seq = sequence.merge(sub, 1, Integer::sum);
      stream.add(
          new SubscriptionMrrChanged(
              EventId.of(f.subscriptionId() + "+"),
              f.account(),
              sub,
              f.start(),
              2L * seq,
              f.mrr()));
      if (f.end() != null) {
        stream.add(
            new SubscriptionMrrChanged(
                EventId.of(f.subscriptionId() + "-"),
                f.account(),
                sub,
                f.end(),
                2L * seq + 1,
                Money.zero(World.USD)));
      }
    }
    stream.sort(java.util.Comparator.comparing(Results::day));
    // Arrival order is not event order: each event arrives 0 to 3 days after it happened
    // (deterministic jitter), so nothing is later than the projection's 7-day window. Swapping
    // neighbours instead can chain and push an event beyond the window, where it is (rightly)
    // rejected as late.
    SplittableRandom jitter = new SplittableRandom(w.config.seed() ^ 0x5DEECE66DL);
    List<Map.Entry<LocalDate, MetricsEvent>> arrivals = new ArrayList<>(stream.size());
    for (MetricsEvent e : stream) {
      arrivals.add(Map.entry(day(e).plusDays(jitter.nextInt(4)), e));
    }
    arrivals.sort(Map.Entry.comparingByKey());
    stream.clear();
    for (Map.Entry<LocalDate, MetricsEvent> a : arrivals) {
      stream.add(a.getValue());
    }
    MetricsProjection projection =
        new MetricsProjection(new ProjectionConfig(World.USD, 7, RevenueSimulation.STAGES));
    for (MetricsEvent e : stream) {
      projection.accept(e);
    }
    projection.advanceTo(w.config.end().plusDays(1));
    List<PeriodReport> reports = new ArrayList<>();
    for (int m = 0; m < w.config.months(); m++) {
      reports.add(
          projection.report(
              DateRange.of(w.config.start().plusMonths(m), w.config.start().plusMonths(m + 1))));
    }
    return reports;
  }

  private static LocalDate day(MetricsEvent e) {
    if (e instanceof SubscriptionMrrChanged s) {
      return s.occurredOn();
    }
    return ((ReceivableChanged) e).occurredOn();
  }

  private LocalDate createdOn(Opportunity o) {
    return leads.opportunityCreated.getOrDefault(o.id(), o.closeDate());
  }

  private Ledger ledger() {
    Money inv = Money.zero(World.USD);
    Money pd = Money.zero(World.USD);
    Money cr = Money.zero(World.USD);
    Money wo = Money.zero(World.USD);
    Money ar = Money.zero(World.USD);
    Money unapplied = Money.zero(World.USD);
    for (Invoice i : w.invoices.findAll()) {
      if (i.issuedOn() == null || i.issuedOn().isBefore(w.config.start())) {
        continue;
      }
      inv = inv.plus(i.total());
      pd = pd.plus(i.amountPaid());
      cr = cr.plus(i.creditNotesReducingDue()).plus(i.creditApplied());
      if (i.status() == InvoiceStatus.UNCOLLECTIBLE) {
        wo = wo.plus(i.amountDue());
      } else if (i.status() == InvoiceStatus.OPEN) {
        ar = ar.plus(i.amountDue());
      } else if (i.total().isNegative()) {
        cr = cr.plus(i.total());
      }
    }
    for (Customer c : w.customers) {
      unapplied =
          unapplied.plus(
              w.stores
                  .balances()
                  .find(c.account.id())
                  .map(CreditBalance::balance)
                  .orElse(Money.zero(World.USD)));
    }
    return new Ledger(inv, pd, cr, wo, ar, unapplied);
  }
}
