package dev.revops.metrics.projection;

import static dev.revops.metrics.projection.Histories.FUNNEL;
import static dev.revops.metrics.projection.Histories.USD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Real threads: eight producers behind a start gate feed one {@link PartitionedProjection} while a
 * reader asks for a final period's report; 200 rounds, each compared with one single-threaded
 * projection (and the batch) over the same events.
 */
class PartitionedProjectionConcurrencyTest {
  private static final int ROUNDS = 200;
  private static final int THREADS = 8;
  private static final int EVENTS_PER_THREAD = 60;
  private static final int WINDOW = 10;
  private static final LocalDate ORIGIN = LocalDate.of(2024, 1, 1);
  private static final DateRange CLOSED = DateRange.of(ORIGIN, ORIGIN.plusDays(15));

  @Test
  void eightProducersGiveTheSingleThreadedResultEveryRound() throws Exception {
    ProjectionConfig config = new ProjectionConfig(USD, WINDOW, FUNNEL);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        runRound(config, new Random(round), 1 + round % THREADS, pool);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static void runRound(
      ProjectionConfig config, Random random, int partitions, ExecutorService pool)
      throws Exception {
    // a closed history (days 0-9, final once the host declares day 15), fed before the threads
    List<MetricsEvent> closed = Histories.history(random, "c", 120, ORIGIN, 10, 12, 10);
    // the live events: days 20-30, so no event is ever more than the window after another
    List<MetricsEvent> live =
        Histories.history(
            random, "e", THREADS * EVENTS_PER_THREAD, ORIGIN.plusDays(20), WINDOW + 1, 12, 10);
    MetricsProjection single = new MetricsProjection(config);
    PartitionedProjection front = new PartitionedProjection(config, partitions);
    for (MetricsEvent e : closed) {
      single.accept(e);
      front.accept(e);
    }
    single.advanceTo(CLOSED.end());
    front.advanceTo(CLOSED.end());
    PeriodReport closedReport = single.report(CLOSED);

    // each producer sends its share in its own order, plus replays of others' events
    List<List<MetricsEvent>> shares = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      List<MetricsEvent> share =
          new ArrayList<>(live.subList(t * EVENTS_PER_THREAD, (t + 1) * EVENTS_PER_THREAD));
      for (int d = 0; d < 6; d++) {
        share.add(live.get(random.nextInt(live.size())));
      }
      Collections.shuffle(share, random);
      shares.add(share);
    }

    CountDownLatch gate = new CountDownLatch(1);
    AtomicBoolean feeding = new AtomicBoolean(true);
    Queue<String> problems = new ConcurrentLinkedQueue<>();
    List<Future<?>> producers = new ArrayList<>();
    for (List<MetricsEvent> share : shares) {
      producers.add(
          pool.submit(
              () -> {
                gate.await();
                for (MetricsEvent e : share) {
                  if (front.accept(e) == Acceptance.LATE) {
                    problems.add("late: " + e.eventId());
                  }
                }
                return null;
              }));
    }
    Future<?> reader =
        pool.submit(
            () -> {
              gate.await();
              int reads = 0;
              while (feeding.get() || reads == 0) {
                // reading a final period while others feed: always the single-threaded answer
                if (!front.report(CLOSED).equals(closedReport)) {
                  problems.add("report of the closed period changed while feeding");
                }
                front.counters();
                front.pendingEvents();
                reads++;
              }
              return null;
            });
    gate.countDown();
    for (Future<?> p : producers) {
      p.get(30, TimeUnit.SECONDS);
    }
    feeding.set(false);
    reader.get(30, TimeUnit.SECONDS);
    assertThat(problems).isEmpty();

    for (List<MetricsEvent> share : shares) {
      share.forEach(single::accept);
    }
    single.flush();
    front.flush();
    assertThat(front.counters()).isEqualTo(single.counters());
    assertThat(front.counters().accepted()).isEqualTo(closed.size() + live.size());
    assertThat(front.counters().duplicates()).isEqualTo(THREADS * 6);
    assertThat(front.pendingEvents()).isZero();
    assertThat(front.mrr(AccountId.of("a0"))).isEqualTo(single.mrr(AccountId.of("a0")));
    assertThat(front.report(CLOSED)).isEqualTo(closedReport);
    List<MetricsEvent> all = new ArrayList<>(closed);
    all.addAll(live);
    LocalDate end = ORIGIN.plusDays(31);
    for (DateRange range :
        List.of(
            DateRange.of(ORIGIN, end),
            DateRange.of(ORIGIN.plusDays(15), end),
            DateRange.of(ORIGIN.plusDays(22), ORIGIN.plusDays(27)))) {
      PeriodReport r = front.report(range);
      assertThat(r)
          .isEqualTo(single.report(range))
          .isEqualTo(BatchReports.report(all, config, range));
    }
    for (int a = 0; a < 12; a++) {
      AccountId account = AccountId.of("a" + a);
      assertThat(front.mrr(account)).isEqualTo(single.mrr(account));
      assertThat(front.receivableBalance(account)).isEqualTo(single.receivableBalance(account));
    }
  }

  @Test
  void oneAccountAlwaysMeetsInOnePartition() {
    // a same-day swap of plans sent through a front of 8 nets into one movement, as in one
    // projection: the two events share an account, hence a partition
    PartitionedProjection front =
        new PartitionedProjection(new ProjectionConfig(USD, 3, FUNNEL), 8);
    AccountId a = AccountId.of("acme");
    LocalDate day = ORIGIN.plusDays(1);
    front.accept(
        new SubscriptionMrrChanged(EventId.of("e1"), a, "old", ORIGIN, 1, Money.of("100", "USD")));
    front.accept(new SubscriptionMrrChanged(EventId.of("e2"), a, "old", day, 2, Money.zero(USD)));
    front.accept(
        new SubscriptionMrrChanged(EventId.of("e3"), a, "new", day, 1, Money.of("80", "USD")));
    assertThat(
            front.accept(
                new SubscriptionMrrChanged(
                    EventId.of("e3"), a, "new", day, 1, Money.of("80", "USD"))))
        .isEqualTo(Acceptance.DUPLICATE);
    assertThatThrownBy(() -> front.report(DateRange.of(ORIGIN, day)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not final");
    front.flush();
    PeriodReport r = front.report(DateRange.of(ORIGIN, day.plusDays(1)));
    assertThat(r.mrr().newBusiness()).isEqualTo(Money.of("100", "USD"));
    assertThat(r.mrr().contraction()).isEqualTo(Money.of("20", "USD"));
    assertThat(r.mrr().churn()).isEqualTo(Money.zero(USD));
    assertThat(front.mrr(a)).isEqualTo(Money.of("80", "USD"));
    assertThat(front.partitions()).isEqualTo(8);
    assertThat(front.counters()).isEqualTo(new ProjectionCounters(3, 1, 0));
    assertThatThrownBy(() -> new PartitionedProjection(new ProjectionConfig(USD, 3, FUNNEL), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
