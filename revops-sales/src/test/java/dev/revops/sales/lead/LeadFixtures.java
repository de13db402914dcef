package dev.revops.sales.lead;

import dev.revops.core.consent.Channel;
import dev.revops.core.port.memory.InMemoryAccountRepository;
import dev.revops.core.port.memory.InMemoryContactRepository;
import dev.revops.core.port.memory.InMemoryEventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.ManualClock;
import dev.revops.sales.port.memory.InMemoryLeadRepository;
import dev.revops.sales.port.memory.InMemoryOpportunityRepository;
import dev.revops.sales.service.LeadService;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A lead service wired to in-memory ports, for tests. */
public final class LeadFixtures {
  public static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  public final InMemoryLeadRepository leads = new InMemoryLeadRepository();
  public final InMemoryAccountRepository accounts = new InMemoryAccountRepository();
  public final InMemoryContactRepository contacts = new InMemoryContactRepository();
  public final InMemoryOpportunityRepository opportunities = new InMemoryOpportunityRepository();
  public final InMemoryEventPublisher events = new InMemoryEventPublisher();
  public final ManualClock clock = new ManualClock(T0, java.time.ZoneOffset.UTC);
  public final LeadService service =
      new LeadService(
          leads, accounts, contacts, opportunities, events, new SequentialIdGenerator("id"), clock);

  public static CaptureLead webForm(String first, String last, String company, String email) {
    return CaptureLead.of(LeadSource.WEB_FORM, last, "US", T0)
        .withPerson(first, company)
        .withContactPoints(email, null)
        .withSourceDetail("/pricing", null)
        .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of("industry", "software"));
  }
}
