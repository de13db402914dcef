package dev.revops.examples.small;

import dev.revops.core.consent.Channel;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.port.memory.InMemoryAccountRepository;
import dev.revops.core.port.memory.InMemoryContactRepository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.CaptureResult;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.port.memory.InMemoryLeadRepository;
import dev.revops.sales.port.memory.InMemoryOpportunityRepository;
import dev.revops.sales.scoring.EngagementEvent;
import dev.revops.sales.scoring.LeadScore;
import dev.revops.sales.scoring.LeadScorer;
import dev.revops.sales.scoring.ScoreLine;
import dev.revops.sales.scoring.ScoringRules;
import dev.revops.sales.service.LeadService;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Captures a web-form lead through core's {@link LeadService} (validated and normalised, a second
 * capture of the same person is recognised), scores it with rules loaded from JSON and qualifies it
 * when the score crosses the MQL threshold.
 */
public final class CaptureAndScoreLead {
  private CaptureAndScoreLead() {}

  static final String RULES =
      """
      {
        "fit": [
          {"id": "fit.us", "group": "fit", "attribute": "country", "operator": "IN",
           "values": ["US", "CA"], "points": 10},
          {"id": "fit.software", "group": "fit", "attribute": "industry", "operator": "EQUALS",
           "values": ["software"], "points": 15}
        ],
        "engagement": [
          {"id": "eng.page", "group": "web", "eventType": "page_view", "points": 2},
          {"id": "eng.pricing", "group": "web", "eventType": "pricing_view", "points": 10},
          {"id": "eng.demo", "eventType": "demo_request", "points": 25, "maxOccurrences": 1}
        ],
        "groups": [{"name": "fit", "cap": 20}, {"name": "web", "cap": 30}],
        "overallCap": 100,
        "decay": {"kind": "HALF_LIFE", "halfLifeDays": 30},
        "sourceWeights": {"REFERRAL": 15},
        "grades": [
          {"grade": "A", "minScore": 70}, {"grade": "B", "minScore": 40}, {"grade": "C", "minScore": 0}
        ],
        "mqlThreshold": 50
      }
      """;

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.setProperty("org.jboss.logging.provider", "slf4j");
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Instant now = Instant.parse("2024-03-04T15:00:00Z");
    ManualClock clock = new ManualClock(now, ZoneOffset.UTC);
    InMemoryLeadRepository leads = new InMemoryLeadRepository();
    LeadService service =
        new LeadService(
            leads,
            new InMemoryAccountRepository(),
            new InMemoryContactRepository(),
            new InMemoryOpportunityRepository(),
            new InMemoryEventPublisher(),
            new SequentialIdGenerator("lead"),
            clock);

    CaptureLead form =
        CaptureLead.of(LeadSource.WEB_FORM, "Moreau", "us", now)
            .withPerson("Claire", "Acme Analytics")
            .withContactPoints("  Claire.Moreau@Acme.example ", "(415) 555-0123")
            .withSourceDetail("/pricing", null)
            .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of("industry", "software"));
    Lead lead = service.capture(form).lead();
    out.printf(
        "Captured %s from %s: e-mail %s, phone %s, country %s, status %s%n",
        lead.id(), lead.source(), lead.email(), lead.phone(), lead.country(), lead.status());

    CaptureResult again =
        service.capture(
            CaptureLead.of(LeadSource.INBOUND_EMAIL, "Moreau", "US", now.plusSeconds(60))
                .withContactPoints("claire.moreau@acme.example", null));
    out.printf(
        "Second capture: new lead? %s; matched %s on %s%n",
        again.created(), again.lead().id(), again.duplicate().map(d -> d.matchedOn()).orElse("-"));

    LeadScorer scorer = new LeadScorer(PolicyLoader.create().load(RULES, ScoringRules.class));
    List<EngagementEvent> engagement =
        List.of(
            new EngagementEvent("page_view", now.minus(Duration.ofDays(2))),
            new EngagementEvent("page_view", now.minus(Duration.ofDays(1))),
            new EngagementEvent("pricing_view", now.minus(Duration.ofHours(3))),
            new EngagementEvent("demo_request", now.minus(Duration.ofHours(1))));
    LeadScore score = scorer.score(leads.get(lead.id()), engagement, now);
    for (ScoreLine line : score.lines()) {
      out.printf("  %-14s %6s%n", line.rule(), line.points().toPlainString());
    }
    out.printf("Score %s, grade %s, MQL: %s%n", score.total(), score.grade(), score.mql());
    score
        .lifecycleTrigger()
        .ifPresent(
            trigger -> {
              Lead qualified = service.fire(lead.id(), trigger, null, "scoring");
              out.printf("Fired %s: lead is now %s%n", trigger, qualified.status());
            });
  }
}
