package dev.revops.sales.marketing;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.id.ContactId;
import dev.revops.core.time.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/** Shared people, zones and requests of the marketing tests. */
final class MarketingFixtures {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar CALENDAR = BusinessCalendar.builder(NEW_YORK).build();
  static final String NUMBER = "+12125550123";
  static final String ADDRESS = "ann@example.com";
  static final String POSTAL = "1 Main St, Springfield, IL 62701";

  private MarketingFixtures() {}

  static ContactPreferences person() {
    return ContactPreferences.none(ContactId.of("c-1"));
  }

  static ContactPreferences writtenConsent(Channel channel, Instant at) {
    return person().optIn(channel, ConsentHandling.WRITTEN + "signed-form-7", at);
  }

  static Instant newYork(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  static MarketingContactRequest us(ContactPreferences p, Outreach o, Instant at) {
    return MarketingContactRequest.of(p, Set.of(NEW_YORK), "US", o, at);
  }

  static MarketingContactRequest eu(ContactPreferences p, Outreach o, Instant at) {
    return MarketingContactRequest.of(p, Set.of(BERLIN), "EU", o, at);
  }

  static MarketingPolicy standard() {
    return MarketingPolicy.standard(CALENDAR);
  }

  static MarketingPolicy with(MarketingComplianceConfig config) {
    return MarketingPolicy.of(config, CALENDAR);
  }
}
