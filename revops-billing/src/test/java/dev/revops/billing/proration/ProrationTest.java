package dev.revops.billing.proration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProrationTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");

  @Test
  void upgradeOnTheFifteenthOfAThirtyDayMonth() {
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 1));
    LocalDate change = LocalDate.of(2024, 4, 16);
    ProratedPeriod cut = Proration.byDay(NY).pieces(april, List.of(change));
    DateRange unused = cut.ranges().get(1);
    assertThat(unused).isEqualTo(DateRange.of(change, april.end()));
    // the credit for the old price's unused half, the charge of the new price for the same days
    Money credit = cut.shares(Money.of("30", "USD")).get(1).negate();
    Money charge = cut.shares(Money.of("60", "USD")).get(1);
    assertThat(credit).isEqualTo(Money.of("-15", "USD"));
    assertThat(charge).isEqualTo(Money.of("30", "USD"));
    assertThat(charge.plus(credit)).isEqualTo(Money.of("15", "USD"));
    assertThat(Proration.byDay(NY).fraction(unused, april)).isEqualByComparingTo("0.5");
  }

  @Test
  void thirdsAddUpAndTheRemainderGoesToTheLargestShare() {
    DateRange p = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 4));
    List<ProratedPiece> pieces =
        Proration.byDay(NY)
            .split(
                Money.of("10", "USD"),
                p,
                List.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)));
    assertThat(pieces)
        .extracting(ProratedPiece::amount)
        .containsExactly(Money.of("3.34", "USD"), Money.of("3.33", "USD"), Money.of("3.33", "USD"));
  }

  @Test
  void bySecondADaylightSavingDayWeighsItsHours() {
    // Mar 10 2024 has 23 hours in New York
    DateRange twoDays = DateRange.of(LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 12));
    Proration bySecond = Proration.bySecond(NY);
    assertThat(bySecond.weight(twoDays)).isEqualTo(47 * 3600L);
    List<LocalDate> secondDay = List.of(twoDays.start().plusDays(1));
    assertThat(bySecond.pieces(twoDays, secondDay).shares(Money.of("47", "USD")))
        .containsExactly(Money.of("23", "USD"), Money.of("24", "USD"));
    assertThat(Proration.byDay(NY).pieces(twoDays, secondDay).shares(Money.of("47", "USD")))
        .containsExactly(Money.of("23.50", "USD"), Money.of("23.50", "USD"));
    assertThat(bySecond.fraction(DateRange.ofDays(twoDays.start(), 1), twoDays))
        .isEqualTo(new BigDecimal("0.489361702"));
  }

  @Test
  void rejectsEmptyPeriodsAndIgnoresCutsOutside() {
    DateRange empty = DateRange.ofDays(LocalDate.of(2024, 1, 1), 0);
    assertThatThrownBy(() -> Proration.byDay(NY).split(Money.of("1", "USD"), empty, List.of()))
        .hasMessageContaining("empty period");
    assertThatThrownBy(() -> Proration.bySecond(NY).pieces(empty, List.of()))
        .hasMessageContaining("empty period");
    // cuts outside the period are ignored
    DateRange p = DateRange.ofDays(LocalDate.of(2024, 1, 1), 10);
    assertThat(Proration.byDay(NY).pieces(p, List.of(p.end(), p.start().minusDays(1))).ranges())
        .containsExactly(p);
  }
}
