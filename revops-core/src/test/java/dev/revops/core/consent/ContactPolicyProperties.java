package dev.revops.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.consent.ContactRequest.Purpose;
import dev.revops.core.id.ContactId;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ContactPolicyProperties {
  private final ContactPolicy<ContactRequest> policy = ContactRules.defaultPolicy();

  @Provide
  Arbitrary<Set<ZoneId>> zones() {
    return Arbitraries.of(
            "America/New_York",
            "America/Los_Angeles",
            "America/Chicago",
            "Pacific/Honolulu",
            "Europe/London",
            "Australia/Lord_Howe",
            "Asia/Kathmandu",
            "America/St_Johns")
        .map(ZoneId::of)
        .set()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(1_672_531_200L, 1_767_225_600L).map(Instant::ofEpochSecond);
  }

  @Property(tries = 1000)
  void allowedCallsAndTextsAreAlwaysWithinCallingHoursInEveryZone(
      @ForAll("zones") Set<ZoneId> zones,
      @ForAll("instants") Instant at,
      @ForAll Channel channel,
      @ForAll boolean optedIn,
      @ForAll boolean optedOut) {
    ContactPreferences p = ContactPreferences.none(ContactId.of("c"));
    if (optedIn) {
      p = p.optIn(channel, "form", Instant.EPOCH);
    }
    if (optedOut) {
      p = p.onInboundMessage(channel, "STOP", Instant.EPOCH.plusSeconds(1));
    }
    ContactDecision d = policy.decide(new ContactRequest(p, zones, channel, at, Purpose.MARKETING));
    if (d.allowed()) {
      assertThat(optedOut).isFalse();
      if (channel.isRealTime()) {
        for (ZoneId z : zones) {
          LocalTime local = at.atZone(z).toLocalTime();
          assertThat(local).isBetween(LocalTime.of(8, 0), LocalTime.of(20, 59, 59, 999_999_999));
        }
      }
    } else {
      assertThat(d.blockedBy()).isNotEmpty().allSatisfy(o -> assertThat(o.reason()).isNotBlank());
    }
  }
}
