package dev.revops.billing.proration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.core.money.Money;
import dev.revops.core.time.BillingInterval;
import dev.revops.core.time.DateRange;
import dev.revops.core.time.IntervalUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The pieces of one period add up to its price, by day or by second, in every currency scale. */
class ProrationProperties {
  @Provide
  Arbitrary<String> currencies() {
    return Arbitraries.of("JPY", "USD", "EUR", "BHD", "KWD", "CLF");
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("UTC", "America/New_York", "Australia/Lord_Howe", "Europe/Paris")
        .map(ZoneId::of);
  }

  @Provide
  Arbitrary<Proration> prorations() {
    return Arbitraries.of(ProrationUnit.values())
        .flatMap(u -> zones().map(z -> new Proration(u, z)));
  }

  private static DateRange period(int anchorDay, int startOffset, IntervalUnit unit, int count) {
    LocalDate anchor = LocalDate.of(2023, 1, Math.min(anchorDay, 31)).plusDays(startOffset);
    return BillingCalendar.of(anchor, BillingInterval.every(count, unit), ZoneId.of("UTC"))
        .period(0);
  }

  @Property(tries = 1000)
  void piecesAddUpExactlyToTheFullPrice(
      @ForAll("currencies") String currency,
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long minor,
      @ForAll @IntRange(min = 1, max = 31) int anchorDay,
      @ForAll @IntRange(min = 0, max = 3000) int startOffset,
      @ForAll IntervalUnit unit,
      @ForAll @IntRange(min = 1, max = 3) int count,
      @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 1200) Integer> cutOffsets,
      @ForAll("prorations") Proration proration) {
    Money full = Money.ofMinor(minor, currency);
    DateRange p = period(anchorDay, startOffset, unit, count);
    List<ProratedPiece> pieces =
        proration.split(full, p, cutOffsets.stream().map(o -> p.start().plusDays(o)).toList());
    Money sum = Money.zero(full.currency());
    long totalWeight = proration.weight(p);
    for (ProratedPiece piece : pieces) {
      sum = sum.plus(piece.amount());
      // each piece is within one minor unit of its exact share
      BigDecimal exact =
          BigDecimal.valueOf(minor)
              .multiply(BigDecimal.valueOf(proration.weight(piece.range())))
              .divide(BigDecimal.valueOf(totalWeight), 12, RoundingMode.HALF_EVEN);
      assertThat(exact.subtract(BigDecimal.valueOf(piece.amount().minor())).abs())
          .isLessThan(BigDecimal.ONE);
    }
    assertThat(sum).isEqualTo(full);
    assertThat(pieces.get(0).range().start()).isEqualTo(p.start());
    assertThat(pieces.get(pieces.size() - 1).range().end()).isEqualTo(p.end());
  }

  @Property(tries = 1000)
  void aChangeNeverCreditsMoreThanWasChargedAndUsedPlusUnusedIsTheFullPrice(
      @ForAll("currencies") String currency,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long oldMinor,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long newMinor,
      @ForAll @IntRange(min = 1, max = 31) int anchorDay,
      @ForAll @IntRange(min = 0, max = 3000) int startOffset,
      @ForAll @IntRange(min = 0, max = 30) int changeOffset,
      @ForAll("prorations") Proration proration) {
    DateRange p = period(anchorDay, startOffset, IntervalUnit.MONTH, 1);
    LocalDate at = p.start().plusDays(Math.min(changeOffset, p.days() - 1));
    Money oldFull = Money.ofMinor(oldMinor, currency);
    Money newFull = Money.ofMinor(newMinor, currency);
    ProratedPeriod cut = proration.pieces(p, List.of(at));
    DateRange unused = DateRange.of(at, p.end());
    Money usedShare = Money.zero(oldFull.currency());
    Money unusedShare = Money.zero(oldFull.currency());
    Money charge = Money.zero(newFull.currency());
    List<Money> olds = cut.shares(oldFull);
    List<Money> news = cut.shares(newFull);
    for (int i = 0; i < cut.ranges().size(); i++) {
      if (unused.encloses(cut.ranges().get(i))) {
        unusedShare = unusedShare.plus(olds.get(i));
        charge = charge.plus(news.get(i));
      } else {
        usedShare = usedShare.plus(olds.get(i));
      }
    }
    Money credit = unusedShare.negate();
    assertThat(credit.isPositive()).isFalse();
    assertThat(credit.negate().isGreaterThan(oldFull)).isFalse();
    assertThat(charge.isGreaterThan(newFull)).isFalse();
    assertThat(usedShare.plus(credit.negate())).isEqualTo(oldFull);
    // the Kill Bill fraction, rounded at the item, is within one minor unit of the share
    Money viaFraction = oldFull.times(proration.fraction(unused, p), RoundingMode.HALF_UP);
    assertThat(Math.abs(viaFraction.minor() + credit.minor())).isLessThanOrEqualTo(1);
  }
}
