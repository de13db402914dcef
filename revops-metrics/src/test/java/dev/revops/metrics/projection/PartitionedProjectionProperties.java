package dev.revops.metrics.projection;

import static dev.revops.metrics.projection.Histories.FUNNEL;
import static dev.revops.metrics.projection.Histories.USD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.AccountId;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PartitionedProjectionProperties {
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  private record Arrival(MetricsEvent event, long key) {}

  /**
   * Splits the events (and some duplicates) among {@code threads} producers, each sending its share
   * roughly in day order (a random delay of up to {@code lag} days, so some arrive late), then
   * interleaves the producers at random: the order a concurrent consumer might see.
   */
  private static List<MetricsEvent> interleaving(
      List<MetricsEvent> events, Random random, int threads, int lag, int duplicatePercent) {
    List<List<Arrival>> producers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      producers.add(new ArrayList<>());
    }
    for (MetricsEvent e : events) {
      int copies = random.nextInt(100) < duplicatePercent ? 2 : 1;
      for (int c = 0; c < copies; c++) {
        long key = e.occurredOn().toEpochDay() + random.nextInt(lag + 1);
        producers
            .get(random.nextInt(threads))
            .add(new Arrival(e, key * 1000 + random.nextInt(1000)));
      }
    }
    for (List<Arrival> p : producers) {
      p.sort(Comparator.comparingLong(Arrival::key));
    }
    int[] next = new int[threads];
    List<MetricsEvent> order = new ArrayList<>();
    int left = producers.stream().mapToInt(List::size).sum();
    while (left > 0) {
      int t = random.nextInt(threads);
      if (next[t] < producers.get(t).size()) {
        order.add(producers.get(t).get(next[t]++).event());
        left--;
      }
    }
    return order;
  }

  @Property(tries = 500)
  void answersLikeOneProjectionForAnyInterleaving(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 150) int size,
      @ForAll @IntRange(min = 0, max = 10) int window,
      @ForAll @IntRange(min = 1, max = 8) int partitions,
      @ForAll @IntRange(min = 1, max = 8) int threads,
      @ForAll @IntRange(min = 0, max = 20) int lag,
      @ForAll @IntRange(min = 0, max = 50) int duplicatePercent) {
    Random random = new Random(seed);
    List<MetricsEvent> events = Histories.history(random, "e", size, ORIGIN, 120, 8, 10);
    ProjectionConfig config = new ProjectionConfig(USD, window, FUNNEL);
    MetricsProjection single = new MetricsProjection(config);
    PartitionedProjection front = new PartitionedProjection(config, partitions);
    int step = 0;
    for (MetricsEvent e : interleaving(events, random, threads, lag, duplicatePercent)) {
      // the same decision for every event, late and duplicate ones included
      assertThat(front.accept(e)).isEqualTo(single.accept(e));
      assertThat(front.watermark()).isEqualTo(single.watermark());
      if (++step % 25 == 0 && random.nextBoolean()) {
        LocalDate day = ORIGIN.plusDays(random.nextInt(130));
        single.advanceTo(day);
        front.advanceTo(day);
      }
      if (step % 10 == 0 && single.watermark().isPresent()) {
        LocalDate w = single.watermark().get();
        DateRange range = DateRange.of(w.minusDays(random.nextInt(60)), w);
        assertThat(front.report(range)).isEqualTo(single.report(range));
      }
    }
    single.flush();
    front.flush();
    assertThat(front.counters()).isEqualTo(single.counters());
    assertThat(front.pendingEvents()).isZero().isEqualTo(single.pendingEvents());
    assertThat(front.trackedKeys()).isEqualTo(single.trackedKeys());
    if (single.watermark().isPresent()) {
      LocalDate end = single.watermark().get();
      for (DateRange range :
          List.of(
              DateRange.of(ORIGIN.minusDays(1), end),
              DateRange.of(end.minusDays(45), end.minusDays(10)),
              DateRange.of(end.minusDays(random.nextInt(90)), end))) {
        assertThat(front.report(range)).isEqualTo(single.report(range));
      }
    }
    for (int a = 0; a < 8; a++) {
      AccountId account = AccountId.of("a" + a);
      assertThat(front.mrr(account)).isEqualTo(single.mrr(account));
      assertThat(front.receivableBalance(account)).isEqualTo(single.receivableBalance(account));
    }
  }
}
