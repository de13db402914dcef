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
    ChangeProration c =
        Proration.byDay(NY)
            .change(Money.of("30", "USD"), Money.of("60", "USD"), april, LocalDate.of(2024, 4, 16));
    assertThat(c.credit()).isEqualTo(Money.of("-15", "USD"));
    assertThat(c.charge()).isEqualTo(Money.of("30", "USD"));
    assertThat(c.net()).isEqualTo(Money.of("15", "USD"));
    assertThat(Proration.byDay(NY).fraction(c.unused(), april)).isEqualByComparingTo("0.5");
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
    assertThat(bySecond.share(Money.of("47", "USD"), twoDays, DateRange.ofDays(twoDays.start(), 1)))
        .isEqualTo(Money.of("23", "USD"));
    assertThat(
            Proration.byDay(NY)
                .share(Money.of("47", "USD"), twoDays, DateRange.ofDays(twoDays.start(), 1)))
        .isEqualTo(Money.of("23.50", "USD"));
    assertThat(bySecond.fraction(DateRange.ofDays(twoDays.start(), 1), twoDays))
        .isEqualTo(new BigDecimal("0.489361702"));
  }

  @Test
  void rejectsEmptyPeriodsAndPartsOutside() {
    DateRange empty = DateRange.ofDays(LocalDate.of(2024, 1, 1), 0);
    assertThatThrownBy(() -> Proration.byDay(NY).split(Money.of("1", "USD"), empty, List.of()))
        .hasMessageContaining("empty period");
    DateRange p = DateRange.ofDays(LocalDate.of(2024, 1, 1), 10);
    assertThatThrownBy(
            () -> Proration.byDay(NY).share(Money.of("1", "USD"), p, DateRange.ofDays(p.end(), 1)))
        .hasMessageContaining("not inside");
  }
}
