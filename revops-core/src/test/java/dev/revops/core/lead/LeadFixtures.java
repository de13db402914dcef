package dev.revops.core.lead;

import dev.revops.core.consent.Channel;
import dev.revops.core.port.memory.InMemoryAccountRepository;
import dev.revops.core.port.memory.InMemoryContactRepository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.InMemoryLeadRepository;
import dev.revops.core.port.memory.InMemoryOpportunityRepository;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A lead service wired to in-memory ports, for tests. */
final class LeadFixtures {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  final InMemoryLeadRepository leads = new InMemoryLeadRepository();
  final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  final InMemoryContactRepository contacts = new InMemoryContactRepository();
  final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository();
  final InMemoryEventPublisher events = new InMemoryEventPublisher();
  final ManualClock clock = new ManualClock(T0, java.time.ZoneOffset.UTC);
  final LeadService service =
      new LeadService(
          leads, accounts, contacts, opportunities, events, new SequentialIdGenerator("id"), clock);

  static CaptureLead webForm(String first, String last, String company, String email) {
    return CaptureLead.of(LeadSource.WEB_FORM, last, "US", T0)
        .withPerson(first, company)
        .withContactPoints(email, null)
        .withSourceDetail("/pricing", null)
        .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of("industry", "software"));
  }
}
