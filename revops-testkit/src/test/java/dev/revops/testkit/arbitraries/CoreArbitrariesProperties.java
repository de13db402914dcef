package dev.revops.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.money.Money;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.DateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The arbitraries generate valid values, and the values they generate exercise real rules. */
class CoreArbitrariesProperties {
  @Provide
  Arbitrary<Money> money() {
    return CoreArbitraries.money();
  }

  @Provide
  Arbitrary<Receivable> receivables() {
    return CoreArbitraries.receivables();
  }

  @Provide
  Arbitrary<DateRange> ranges() {
    return CoreArbitraries.dateRanges();
  }

  @Provide
  Arbitrary<LocalDate> monthEnds() {
    return CoreArbitraries.monthEnds();
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return CoreArbitraries.zones();
  }

  @Property(tries = 1000)
  void generatedMoneySplitsWithoutLosingAMinorUnit(
      @ForAll("money") Money m, @ForAll @IntRange(min = 1, max = 12) int parts) {
    List<Money> pieces = m.split(parts);
    assertThat(pieces.stream().reduce(Money.zero(m.currency()), Money::plus)).isEqualTo(m);
  }

  @Property(tries = 1000)
  void generatedReceivablesKeepTheirInvariants(@ForAll("receivables") Receivable r) {
    assertThat(r.amountDue().isNegative()).isFalse();
    assertThat(r.amountDue().isGreaterThan(r.total())).isFalse();
    assertThat(r.dueOn()).isAfterOrEqualTo(r.issuedOn());
    assertThat(r.daysPastDue(r.dueOn())).isZero();
  }

  @Property(tries = 1000)
  void generatedRangesAreHalfOpen(@ForAll("ranges") DateRange range) {
    assertThat(range.contains(range.end())).isFalse();
    assertThat(range.days()).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 1000)
  void monthEndsAreOnTheLastFourDaysOfTheirMonth(@ForAll("monthEnds") LocalDate d) {
    assertThat(d.getDayOfMonth()).isBetween(28, d.lengthOfMonth());
  }

  @Property(tries = 300)
  void instantsAroundDstAreWithinThreeHoursOfATransition(@ForAll("zones") ZoneId zone) {
    Instant i = CoreArbitraries.instantsAroundDst(zone).sample();
    ZoneOffsetTransition next =
        zone.getRules().nextTransition(i.minus(Duration.ofHours(3)).minusSeconds(1));
    if (next != null && !zone.getRules().isFixedOffset()) {
      assertThat(Duration.between(i, next.getInstant()).abs())
          .isLessThanOrEqualTo(Duration.ofHours(3));
    }
  }
}
