package dev.revops.metrics.projection;

import static dev.revops.metrics.projection.Histories.FUNNEL;
import static dev.revops.metrics.projection.Histories.USD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ProjectionProperties {
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);

  /** A random history of up to {@code size} events over about four months. */
  private static List<MetricsEvent> history(Random random, int size) {
    return Histories.history(random, "e", size, ORIGIN, 120, 6, 10);
  }

  private record Arrival(MetricsEvent event, LocalDate key, int tie) {}

  /**
   * The arrival order: every event (and some duplicates) arrives at its day plus a random delay of
   * at most {@code window} days, so no event arrives after one dated more than the window later.
   */
  private static List<MetricsEvent> arrivals(
      List<MetricsEvent> events, Random random, int window, int duplicatePercent) {
    List<Arrival> arrivals = new ArrayList<>();
    int tie = 0;
    for (MetricsEvent e : events) {
      arrivals.add(new Arrival(e, e.occurredOn().plusDays(random.nextInt(window + 1)), tie++));
      if (random.nextInt(100) < duplicatePercent) {
        arrivals.add(new Arrival(e, e.occurredOn().plusDays(random.nextInt(window + 1)), tie++));
      }
    }
    arrivals.sort(
        Comparator.comparing(Arrival::key)
            .thenComparingInt(a -> Math.floorMod(a.tie() * 7919 + a.key().getDayOfYear(), 101))
            .thenComparingInt(Arrival::tie));
    return arrivals.stream().map(Arrival::event).toList();
  }

  private static DateRange randomRange(Random random, LocalDate endAtMost) {
    long span = java.time.temporal.ChronoUnit.DAYS.between(ORIGIN.minusDays(5), endAtMost);
    if (span <= 0) {
      return DateRange.ofDays(ORIGIN.minusDays(5), 0);
    }
    LocalDate a = ORIGIN.minusDays(5).plusDays(random.nextInt((int) span + 1));
    LocalDate b = ORIGIN.minusDays(5).plusDays(random.nextInt((int) span + 1));
    return a.isBefore(b) ? DateRange.of(a, b) : DateRange.of(b, a);
  }

  @Property(tries = 1000)
  void projectionEqualsBatchForShuffledAndDuplicatedHistories(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 80) int size,
      @ForAll @IntRange(min = 0, max = 10) int window,
      @ForAll @IntRange(min = 0, max = 60) int duplicatePercent) {
    Random random = new Random(seed);
    List<MetricsEvent> events = history(random, size);
    ProjectionConfig config = new ProjectionConfig(USD, window, FUNNEL);
    MetricsProjection projection = new MetricsProjection(config);
    Set<EventId> seen = new HashSet<>();
    int step = 0;
    for (MetricsEvent e : arrivals(events, random, window, duplicatePercent)) {
      Acceptance a = projection.accept(e);
      boolean first = seen.add(e.eventId());
      // within the window an event is never late; a replay is never accepted
      assertThat(a).isEqualTo(first ? Acceptance.ACCEPTED : a);
      if (!first) {
        assertThat(a).isNotEqualTo(Acceptance.ACCEPTED);
      }
      // mid-stream: any period that is already final equals the batch over the full history
      // (only once the watermark has reached the earliest day a random range may start on)
      if (++step % 10 == 0
          && projection.watermark().isPresent()
          && !projection.watermark().get().isBefore(ORIGIN.minusDays(5))) {
        DateRange range = randomRange(random, projection.watermark().get());
        assertThat(projection.report(range)).isEqualTo(BatchReports.report(events, config, range));
      }
    }
    projection.flush();
    assertThat(projection.pendingEvents()).isZero();
    LocalDate end = ORIGIN.plusDays(130);
    projection.advanceTo(ORIGIN.plusDays(150));
    List<DateRange> ranges =
        List.of(
            DateRange.of(ORIGIN.minusDays(1), end),
            DateRange.of(ORIGIN.plusDays(31), ORIGIN.plusDays(60)),
            DateRange.of(ORIGIN.plusDays(59), ORIGIN.plusDays(150)),
            randomRange(random, end));
    List<PeriodReport> reports = new ArrayList<>();
    for (DateRange range : ranges) {
      PeriodReport report = projection.report(range);
      assertThat(report).isEqualTo(BatchReports.report(events, config, range));
      reports.add(report);
    }
    // replaying the whole history changes nothing
    for (MetricsEvent e : events) {
      assertThat(projection.accept(e)).isEqualTo(Acceptance.LATE);
    }
    projection.flush();
    for (int i = 0; i < ranges.size(); i++) {
      assertThat(projection.report(ranges.get(i))).isEqualTo(reports.get(i));
    }
  }

  @Property(tries = 1000)
  void projectedMovementsReconcileAndMonthsChainTogether(
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 80) int size) {
    Random random = new Random(seed);
    List<MetricsEvent> events = history(random, size);
    MetricsProjection projection = new MetricsProjection(new ProjectionConfig(USD, 0, FUNNEL));
    events.stream().sorted(MetricsProjection.ORDER).forEach(projection::accept);
    projection.advanceTo(ORIGIN.plusMonths(6));
    PeriodReport previous = null;
    for (int month = 0; month < 5; month++) {
      LocalDate start = ORIGIN.plusMonths(month);
      PeriodReport r = projection.report(DateRange.of(start, start.plusMonths(1)));
      Money reconciled =
          r.mrr()
              .mrrAtStart()
              .plus(r.mrr().newBusiness())
              .plus(r.mrr().expansion())
              .plus(r.mrr().reactivation())
              .minus(r.mrr().contraction())
              .minus(r.mrr().churn());
      assertThat(reconciled).isEqualTo(r.mrr().mrrAtEnd());
      assertThat(r.customersAtStart()).isNotNegative();
      if (previous != null) {
        assertThat(r.mrr().mrrAtStart()).isEqualTo(previous.mrr().mrrAtEnd());
        assertThat(r.receivables().atStart()).isEqualTo(previous.receivables().atEnd());
        assertThat(r.customersAtStart()).isEqualTo(previous.customersAtEnd());
      }
      previous = r;
    }
    // state is per account and lead: at most 6 accounts and 10 leads, whatever the event count
    assertThat(projection.trackedKeys()).isLessThanOrEqualTo(16);
  }
}
