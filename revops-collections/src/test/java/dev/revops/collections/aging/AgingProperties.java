package dev.revops.collections.aging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBucket;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class AgingProperties {
  @Property(tries = 1000)
  void everyDayFallsInExactlyOneBucket(
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 60) Integer> widths,
      @ForAll @LongRange(min = 0, max = 100_000) long dpd) {
    List<AgingBucket> list = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < widths.size(); i++) {
      list.add(AgingBucket.of("b" + i, start, start + widths.get(i) - 1));
      start += widths.get(i);
    }
    list.add(AgingBucket.of("top", start, null));
    AgingBuckets buckets = AgingBuckets.of(list);
    assertThat(buckets.buckets().stream().filter(b -> b.contains(dpd)).count()).isEqualTo(1);
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")
        .map(ZoneId::of);
  }

  @Property(tries = 1000)
  void portfolioTotalsEqualTheOpenAmountsPerCurrency(
      @ForAll @Size(max = 20) List<@IntRange(min = -50, max = 400) Integer> dueOffsets,
      @ForAll @Size(max = 20) List<@LongRange(min = 0, max = 1_000_000) Long> amounts,
      @ForAll("zones") ZoneId zone) {
    Instant at = Instant.parse("2026-06-15T03:00:00Z");
    LocalDate today = Aging.debtorDate(at, zone);
    List<Receivable> rs = new ArrayList<>();
    long expectedUsd = 0;
    long expectedEur = 0;
    int n = Math.min(dueOffsets.size(), amounts.size());
    for (int i = 0; i < n; i++) {
      String ccy = i % 2 == 0 ? "USD" : "EUR";
      Money m = Money.ofMinor(amounts.get(i), ccy);
      LocalDate due = today.minusDays(dueOffsets.get(i));
      rs.add(
          new Receivable(
              ReceivableId.of("r" + i),
              AccountId.of("a" + (i % 3)),
              "d",
              m,
              m,
              due.minusDays(60),
              due));
      if (i % 2 == 0) {
        expectedUsd += amounts.get(i);
      } else {
        expectedEur += amounts.get(i);
      }
    }
    PortfolioAging p = AgingReport.portfolio(rs, a -> zone, at, AgingBuckets.standard());
    long usd = 0;
    long eur = 0;
    for (String b : AgingBuckets.standard().names()) {
      usd += p.total(b, Currency.getInstance("USD")).minor();
      eur += p.total(b, Currency.getInstance("EUR")).minor();
    }
    assertThat(usd).isEqualTo(expectedUsd);
    assertThat(eur).isEqualTo(expectedEur);
  }

  @Property(tries = 1000)
  void bucketHistoryPeriodsAreContiguousAndAnswerEveryObservedDay(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 400) Integer> dpds,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 20) Integer> gaps) {
    AgingBuckets buckets = AgingBuckets.standard();
    BucketHistory h = BucketHistory.start(AccountId.of("a"));
    LocalDate day = LocalDate.parse("2026-01-01");
    int n = Math.min(dpds.size(), gaps.size());
    java.util.Map<LocalDate, String> observed = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      day = day.plusDays(gaps.get(i));
      String bucket = buckets.bucketFor(dpds.get(i)).name();
      h = h.observe(day, buckets.bucketFor(dpds.get(i))).value();
      observed.put(day, bucket);
    }
    for (int i = 1; i < h.periods().size(); i++) {
      assertThat(h.periods().get(i).entered()).isEqualTo(h.periods().get(i - 1).left());
      assertThat(h.periods().get(i).bucket()).isNotEqualTo(h.periods().get(i - 1).bucket());
    }
    assertThat(h.current()).isPresent();
    for (java.util.Map.Entry<LocalDate, String> e : observed.entrySet()) {
      assertThat(h.bucketOn(e.getKey())).contains(e.getValue());
    }
  }
}
