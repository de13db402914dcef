package dev.revops.sales.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.ContactId;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.time.BusinessCalendar;
import dev.revops.docs.ReadmeRegions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's marketing compliance example, compiled and run; the README shows this region. */
class MarketingReadmeExampleTest {
  static final List<String> TEST_ONLY =
      List.of("org.assertj", "java.nio", "org.junit", "dev.revops.docs", "java.util.List;");

  @Test
  void theExampleDecidesATextAndRefusesItBeforeEightInAPlausibleZone() {
    // readme:marketing
    String config =
        """
        {"sendWindows": {"SMS": {"from": "09:00", "to": "20:00"}},
         "frequencyCap": {"maxContacts": 3, "window": "P7D"},
         "consent": {"revocationBusinessDays": 0, "emailOptOutBusinessDays": 10,
                     "writtenConsentSources": ["written:"]}}
        """; // a call or text window outside 08:00-21:00 is refused: $.sendWindows.SMS.from
    MarketingPolicy policy =
        MarketingPolicy.of(
            MarketingComplianceConfig.fromJson(config),
            BusinessCalendar.builder(ZoneId.of("America/New_York")).build());
    MarketingGate.Ports ports = MarketingGate.Ports.inMemory(); // or your own ports
    MarketingGate gate = new MarketingGate(policy, ports, new InMemoryLocks());

    ContactPreferences ann =
        ContactPreferences.none(ContactId.of("c-1"))
            .optIn(Channel.SMS, "written:signup-form", Instant.parse("2026-01-10T15:00:00Z"));
    MarketingContactRequest text =
        MarketingContactRequest.of(
                ann,
                Set.of(ZoneId.of("America/New_York"), ZoneId.of("America/Chicago")), // unsure
                "US",
                Outreach.text("+12125550123", "router"),
                Instant.parse("2026-03-04T16:30:00Z")) // 11:30 in New York, 10:30 in Chicago
            .withRelationship(
                CustomerRelationship.customer(
                    Instant.parse("2025-11-02T18:00:00Z"), Set.of("router")));
    MarketingDecision sent = gate.decideAndRecord(text); // allowed, and counted for the cap
    MarketingDecision early = gate.decide(text.withAt(Instant.parse("2026-03-04T13:30:00Z")));
    // early.blockedBy(): marketing.send-window and tcpa.quiet-hours, each with its citation:
    // "tcpa.quiet-hours BLOCK [TCPA 47 CFR 64.1200(c)(1)]: it is 07:30 in America/Chicago, ..."
    // /readme:marketing

    assertThat(sent.allowed()).isTrue();
    assertThat(early.blockingRuleIds())
        .containsExactly(MarketingRules.SEND_WINDOW, MarketingRules.QUIET_HOURS);
    assertThat(early.outcome(MarketingRules.QUIET_HOURS).orElseThrow().toString())
        .startsWith(
            "tcpa.quiet-hours BLOCK [TCPA 47 CFR 64.1200(c)(1)]: it is 07:30 in America/Chicago");
    assertThat(ports.history().sentBetween(ann.contact(), Instant.EPOCH, text.at()))
        .containsExactly(text.at());
  }

  @Test
  void theReadmeShowsTheExampleAndItsImports() {
    ReadmeRegions.assertReadmeShows(
        Path.of("README.md"),
        Path.of("src/test/java/dev/revops/sales/marketing/MarketingReadmeExampleTest.java"),
        "marketing",
        TEST_ONLY);
  }
}
