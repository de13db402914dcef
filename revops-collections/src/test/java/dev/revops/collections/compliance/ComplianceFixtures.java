package dev.revops.collections.compliance;

import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.service.ContactGate;
import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/** Shared set-up for compliance tests. */
final class ComplianceFixtures {
  static final AccountId ACC = AccountId.of("acc-1");
  static final ReceivableId DEBT = ReceivableId.of("inv-1");
  static final ContactId PERSON = ContactId.of("c-1");
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final BusinessCalendar CALENDAR = BusinessCalendar.builder(NY).build();

  final InMemoryActivityLog log = new InMemoryActivityLog();
  final InMemoryPaymentStatus payments = new InMemoryPaymentStatus();
  final ContactGate gate;

  ComplianceFixtures() {
    this(Jurisdiction.ALL_RULES);
  }

  ComplianceFixtures(Jurisdiction j) {
    gate =
        new ContactGate(
            CollectionsContactPolicy.forJurisdiction(j, CALENDAR),
            log,
            payments,
            new SequentialIdGenerator("act-"));
  }

  static ContactPreferences consenting() {
    return ContactPreferences.none(PERSON)
        .optIn(Channel.SMS, "form", Instant.EPOCH)
        .optIn(Channel.AUTOMATED_CALL, "form", Instant.EPOCH);
  }

  static IntendedContact intent(
      ContactPreferences p, Set<ZoneId> zones, Channel c, Instant at, DebtFacts facts) {
    return intent(ContactKind.COLLECTION, p, zones, c, at, facts);
  }

  static IntendedContact intent(
      ContactKind kind,
      ContactPreferences p,
      Set<ZoneId> zones,
      Channel c,
      Instant at,
      DebtFacts facts) {
    return IntendedContact.builder()
        .account(ACC)
        .debt(DEBT)
        .preferences(p)
        .zones(zones)
        .channel(c)
        .at(at)
        .kind(kind)
        .facts(facts)
        .build();
  }

  static IntendedContact call(Instant at) {
    return intent(consenting(), Set.of(NY), Channel.PHONE, at, noticed());
  }

  static DebtFacts noticed() {
    return DebtFacts.clean()
        .withFirstContactOn(java.time.LocalDate.parse("2020-01-01"))
        .withValidationNoticeSentOn(java.time.LocalDate.parse("2020-01-01"));
  }

  static Instant ny(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(NY).toInstant();
  }
}
