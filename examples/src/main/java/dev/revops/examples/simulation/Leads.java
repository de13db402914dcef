package dev.revops.examples.simulation;

import dev.revops.core.consent.Channel;
import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.id.UserId;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.metrics.sales.LeadFact;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.order.Order;
import dev.revops.sales.order.OrderLine;
import dev.revops.sales.order.OrderTrigger;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.pipeline.PipelineConfig;
import dev.revops.sales.scoring.EngagementEvent;
import dev.revops.sales.scoring.LeadScore;
import dev.revops.sales.scoring.LeadScorer;
import dev.revops.sales.scoring.ScoringRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Leads and the pipeline: the opening book of customers signed up last year, then leads arriving
 * every day from every {@link LeadSource} through sales' {@code LeadService} (captured, normalised,
 * de-duplicated), scored by a {@link LeadScorer} with {@link RevenueSimulation#SCORING_JSON},
 * qualified, accepted or disqualified by sales, converted into an account, a contact and an
 * opportunity that the {@code OpportunityService} wins or loses weeks later. A won deal becomes a
 * customer; Scale customers also buy an onboarding order ({@code OrderService}). Mutable, confined
 * to the simulation's thread.
 */
final class Leads {
  private static final Map<LeadSource, double[]> SOURCE_MIX = sourceMix();
  private static final Money ONBOARDING = Money.of("1500.00", "USD");
  private static final UserId[] REPS = {UserId.of("rep-1"), UserId.of("rep-2"), UserId.of("rep-3")};

  private final World w;
  private final Subscriptions subscriptions;
  private final Referrals referrals;
  private final Invoicing invoicing;
  private final LeadScorer scorer =
      new LeadScorer(
          PolicyLoader.create().load(RevenueSimulation.SCORING_JSON, ScoringRules.class));

  /** One fact per lead captured in the run, at its furthest funnel stage. */
  final List<LeadFact> leadFacts = new ArrayList<>();

  /** When each opportunity was opened. */
  final Map<OpportunityId, LocalDate> opportunityCreated = new HashMap<>();

  private final Map<LeadId, Integer> leadFactIndex = new HashMap<>();
  long duplicates;
  private int leadCounter;

  Leads(World w, Subscriptions subscriptions, Invoicing invoicing, Referrals referrals) {
    this.w = w;
    this.referrals = referrals;
    this.subscriptions = subscriptions;
    this.invoicing = invoicing;
  }

  private static Map<LeadSource, double[]> sourceMix() {
    // {share of leads, chance that sales accepts a qualified lead}
    Map<LeadSource, double[]> m = new LinkedHashMap<>();
    m.put(LeadSource.WEB_FORM, new double[] {0.20, 0.45});
    m.put(LeadSource.LANDING_PAGE, new double[] {0.14, 0.35});
    m.put(LeadSource.REFERRAL, new double[] {0.08, 0.70});
    m.put(LeadSource.TRADE_SHOW, new double[] {0.06, 0.40});
    m.put(LeadSource.EVENT, new double[] {0.05, 0.45});
    m.put(LeadSource.SEMINAR, new double[] {0.04, 0.50});
    m.put(LeadSource.SOCIAL_MEDIA, new double[] {0.07, 0.25});
    m.put(LeadSource.COMMUNITY, new double[] {0.05, 0.40});
    m.put(LeadSource.PURCHASED_DATABASE, new double[] {0.08, 0.15});
    m.put(LeadSource.INBOUND_CALL, new double[] {0.04, 0.65});
    m.put(LeadSource.INBOUND_EMAIL, new double[] {0.05, 0.50});
    m.put(LeadSource.INBOUND_CHAT, new double[] {0.06, 0.45});
    m.put(LeadSource.OUTBOUND_CAMPAIGN, new double[] {0.08, 0.25});
    return m;
  }

  private int pickSource() {
    List<LeadSource> sources = RevenueSimulation.SOURCES;
    double[] weights = new double[sources.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = SOURCE_MIX.get(sources.get(i))[0];
    }
    return w.pick(weights);
  }

  /** The customers the company already had: a quarter of the accounts, signed up last year. */
  void openingBook() {
    int initial = Math.max(1, w.config.accounts() / 4);
    List<LocalDate> starts = new ArrayList<>();
    for (int i = 0; i < initial; i++) {
      starts.add(w.config.start().minusDays(1 + w.random.nextInt(365)));
    }
    starts.sort(null);
    for (LocalDate start : starts) {
      ZoneId zone = World.ZONES[w.random.nextInt(World.ZONES.length)];
      Instant dayStart = start.atStartOfDay(ZoneOffset.UTC).toInstant();
      if (w.clock.instant().isBefore(dayStart)) {
        w.clock.setInstant(dayStart);
      }
      Lead lead = capture(LeadSource.REFERRAL, start, "1-49");
      if (lead == null) {
        continue;
      }
      w.leads.fire(lead.id(), LeadTrigger.QUALIFY, "existing customer", "migration");
      ConversionResult r =
          w.leads.convert(lead.id(), ConvertLead.newAccount(zone, World.USD, REPS[0]), "migration");
      int tier = w.pick(new double[] {0.55, 0.35, 0.10});
      boolean yearly = w.random.nextDouble() < 0.15;
      w.clock.setInstant(start.atTime(17, 0).toInstant(ZoneOffset.UTC));
      Customer c = subscriptions.start(r.account(), r.contact(), r.lead(), tier, yearly, start);
      invoicing.history(c, start);
    }
    leadFacts.clear();
    leadFactIndex.clear();
  }

  void captureLeads() {
    // Lead volume ramps up 2% a month; about 5% of leads become customers within the run.
    int month = w.monthIndex(w.today);
    double perDay =
        w.config.accounts()
            * 0.75
            / 0.05
            / w.days()
            * Math.pow(1.02, month - w.config.months() / 2.0);
    int n = (int) perDay + (w.random.nextDouble() < perDay - (int) perDay ? 1 : 0);
    for (int i = 0; i < n; i++) {
      LeadSource source = RevenueSimulation.SOURCES.get(pickSource());
      int employees = (int) Math.exp(w.random.nextDouble() * Math.log(2000));
      String size = employees < 50 ? "1-49" : employees < 400 ? "50-399" : "400+";
      if (w.random.nextDouble() < 0.02 && !leadFacts.isEmpty()) {
        // Somebody writes in again: the lead service finds the duplicate and keeps one lead.
        int back = w.random.nextInt(Math.min(20, leadFacts.size()));
        if (recapture(leadFacts.get(leadFacts.size() - 1 - back)) != null) {
          duplicates++;
        }
        continue;
      }
      Lead lead = capture(source, w.today, size);
      if (lead == null) {
        duplicates++;
        continue;
      }
      List<EngagementEvent> engagement = new ArrayList<>();
      int views = w.random.nextInt(8);
      for (int v = 0; v < views; v++) {
        engagement.add(new EngagementEvent("page_view", w.clock.instant().minusSeconds(3600L * v)));
      }
      if (w.random.nextDouble() < 0.35) {
        engagement.add(new EngagementEvent("pricing_view", w.clock.instant()));
      }
      if (w.random.nextDouble() < 0.25) {
        engagement.add(new EngagementEvent("email_click", w.clock.instant()));
      }
      if (w.random.nextDouble() < 0.12) {
        engagement.add(new EngagementEvent("demo_request", w.clock.instant()));
      }
      LeadScore score = scorer.score(lead, engagement, w.clock.instant());
      leadFactIndex.put(lead.id(), leadFacts.size());
      leadFacts.add(new LeadFact(lead.id(), source.name(), w.today, "lead", null));
      Optional<LeadTrigger> trigger = score.lifecycleTrigger();
      if (trigger.isEmpty()) {
        w.leads.fire(lead.id(), LeadTrigger.NURTURE, null, "scoring");
        continue;
      }
      w.leads.fire(lead.id(), trigger.get(), null, "scoring");
      stage(lead.id(), "mql", null);
      LeadId id = lead.id();
      int tier = employees < 50 ? 0 : employees < 400 ? 1 : 2;
      if (w.random.nextDouble() < SOURCE_MIX.get(source)[1]) {
        w.schedule(
            w.today.plusDays(2 + w.random.nextInt(8)), () -> acceptAndConvert(id, tier, score));
      } else {
        w.schedule(
            w.today.plusDays(3 + w.random.nextInt(10)),
            () -> w.leads.disqualify(id, "not a fit for sales", "sdr"));
      }
    }
  }

  private Lead capture(LeadSource source, LocalDate on, String size) {
    int n = ++leadCounter;
    String first = FIRST[w.random.nextInt(FIRST.length)];
    String last = word(2 + w.random.nextInt(2));
    String company = word(2 + w.random.nextInt(2)) + " " + SUFFIX[w.random.nextInt(SUFFIX.length)];
    CaptureLead cmd =
        CaptureLead.of(source, last, "US", w.clock.instant())
            .withPerson(first, company)
            .withContactPoints(
                "lead" + n + "@example.com",
                String.format(
                    java.util.Locale.ROOT, "+1%03d555%04d", 201 + n / 10_000 % 700, n % 10_000));
    if (source.needsDetail()) {
      cmd =
          cmd.withSourceDetail(
              source.name().toLowerCase(java.util.Locale.ROOT) + "-" + on.getYear(), null);
    }
    if (source.needsReferrer()) {
      String code = referrals.codeForNextReferral();
      cmd = cmd.withSourceDetail(null, code == null ? "customer-referral" : code);
    }
    Set<Channel> consent = new LinkedHashSet<>();
    if (source.needsConsent() || w.random.nextDouble() < 0.9) {
      consent.add(Channel.EMAIL);
    }
    if (w.random.nextDouble() < 0.45) {
      consent.add(Channel.SMS);
    }
    cmd = cmd.withConsentAndAttributes(consent, Map.of("size", size));
    CaptureResult r = w.leads.capture(cmd);
    if (r.created() && source == LeadSource.REFERRAL) {
      referrals.captured(r.lead());
    }
    return r.created() ? r.lead() : null;
  }

  private static final String[] FIRST = {
    "Ann", "Ben", "Carla", "Dev", "Emma", "Femi", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena",
    "Max", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Vic", "Wen", "Yusuf"
  };
  private static final String[] SYLLABLES = {
    "bar", "ko", "len", "mi", "dra", "vos", "tan", "el", "qui", "ro", "sen", "ga", "lur", "phi",
    "nex", "to", "zu", "mar", "ket", "al", "bri", "cor", "dun", "fa", "hol", "jin", "wa", "ys"
  };
  private static final String[] SUFFIX = {"Inc", "Labs", "GmbH", "Systems", "Group", "Works"};

  private String word(int syllables) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      sb.append(SYLLABLES[w.random.nextInt(SYLLABLES.length)]);
    }
    return Character.toUpperCase(sb.charAt(0)) + sb.substring(1);
  }

  private Lead recapture(LeadFact earlier) {
    Lead known = w.leadRepository.find(earlier.id()).orElse(null);
    if (known == null || known.email() == null || known.conversion() != null) {
      return null;
    }
    CaptureLead again =
        CaptureLead.of(LeadSource.INBOUND_EMAIL, known.lastName(), "US", w.clock.instant())
            .withPerson(known.firstName(), known.company())
            .withContactPoints(known.email(), null);
    CaptureResult r = w.leads.capture(again);
    return r.created() ? null : r.lead();
  }

  private void acceptAndConvert(LeadId id, int tier, LeadScore score) {
    Lead lead = w.leadRepository.get(id);
    if (lead.status().equals(LeadStatus.DISQUALIFIED)) {
      return;
    }
    w.leads.fire(id, LeadTrigger.ACCEPT, null, "ae");
    stage(id, "sql", null);
    boolean yearly = w.random.nextDouble() < 0.15;
    Money deal = World.MONTHLY[tier].times(12);
    LocalDate close = w.today.plusDays(7 + w.random.nextInt(35));
    ZoneId zone = World.ZONES[w.random.nextInt(World.ZONES.length)];
    UserId owner = REPS[w.random.nextInt(REPS.length)];
    ConversionResult r =
        w.leads.convert(
            id,
            ConvertLead.newAccount(zone, World.USD, owner)
                .withOpportunity("New business " + World.TIERS[tier], deal, close),
            "ae");
    referrals.converted(id, r.account().id());
    Opportunity opp = r.createdOpportunity().orElseThrow();
    opportunityCreated.put(opp.id(), w.today);
    double win = 0.40 + 0.4 * Math.max(0, score.total().doubleValue() - 50) / 50.0;
    boolean won = w.random.nextDouble() < win;
    w.schedule(
        close,
        () -> {
          if (won) {
            w.opportunities.win(opp.id());
            w.converted[w.monthIndex(w.today)]++;
            stage(id, "customer", w.today);
            Customer c =
                subscriptions.start(r.account(), r.contact(), r.lead(), tier, yearly, w.today);
            w.due(w.today, c);
            if (tier == World.TIERS.length - 1) {
              onboardingOrder(c);
            }
          } else {
            List<String> reasons = PipelineConfig.ODOO_LOST_REASONS;
            w.opportunities.lose(opp.id(), reasons.get(w.random.nextInt(reasons.size())));
          }
        });
  }

  /**
   * Scale customers buy a one-time onboarding package: a core order, invoiced by billing and
   * fulfilled once paid.
   */
  private void onboardingOrder(Customer c) {
    Order order =
        w.orders.place(
            c.account.id(), List.of(OrderLine.of(1, "onboarding", 1, ONBOARDING, Percentage.ZERO)));
    w.orders.fire(order.id(), OrderTrigger.APPROVE);
    invoicing.invoiceOrder(c, order);
  }

  private void stage(LeadId id, String stage, LocalDate convertedOn) {
    Integer i = leadFactIndex.get(id);
    if (i == null) {
      return;
    }
    LeadFact f = leadFacts.get(i);
    leadFacts.set(i, new LeadFact(f.id(), f.source(), f.createdOn(), stage, convertedOn));
  }
}
