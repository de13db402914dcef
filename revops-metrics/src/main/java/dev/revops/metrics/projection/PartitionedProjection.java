package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * A thread-safe front for {@link MetricsProjection}, partitioned by key the way a stream processor
 * partitions a topic: {@code N} single-threaded projections, each guarded by its own lock; an
 * account's events (MRR, receivable and contact events) always go to the same partition, and so do
 * a lead's stage events. Reports add up the partitions' sums. Any number of threads may call any
 * method at the same time.
 *
 * <p><b>What is atomic.</b> Each {@link #accept} is atomic: it runs under its partition's lock, so
 * its {@link Acceptance} and the events it lets through are exactly what one {@code
 * MetricsProjection} would decide for that event at that moment. Events of different partitions run
 * in parallel. {@link #advanceTo} and {@link #flush} advance the partitions one after another;
 * {@link #counters()} and {@link #pendingEvents()} add up the partitions one after another, so
 * while events keep arriving they are a moment's approximation, exact once feeding stops.
 *
 * <p><b>Order per account.</b> Arrival order never mattered to the projection (inside the window
 * events are applied by day, sequence and event id); partitioning keeps it that way: all of one
 * account's (or lead's) events meet in one partition, so its same-day changes net into one movement
 * and its duplicates are detected by event id. A replayed event must carry the same account (or
 * lead) as the original, which a replay does.
 *
 * <p><b>Window and watermark.</b> One watermark for all partitions: the latest day any accepted
 * event had, minus {@code windowDays}, or a later day given to {@link #advanceTo}. A partition
 * catches up with it before it judges an event, so an event is late exactly when it would be late
 * for a single projection that saw the same events in the same order. The window guarantee of
 * {@link MetricsProjection} therefore holds unchanged: if no event arrives after an event dated
 * more than {@code windowDays} later, every event counts once and every report equals {@link
 * BatchReports#report} over the full history. With several threads the arrival order is whatever
 * the threads make it, so a host that relies on the guarantee keeps its producers within the window
 * of each other.
 *
 * <p><b>Reading while feeding.</b> {@link #report} may be called at any time for a period that
 * ended by the watermark. The days of such a period are final in every partition (late events are
 * ignored), so the partitions' sums, read one after another while other threads keep feeding, add
 * up to exactly the report a single projection would give: no global lock and no pause of the
 * producers is needed. {@link #mrr} and {@link #receivableBalance} read one partition under its
 * lock and reflect the days before the watermark.
 */
public final class PartitionedProjection {
  private static final long NONE = Long.MIN_VALUE;

  private final ProjectionConfig config;
  private final MetricsProjection[] partitions;

  /** The latest day (epoch day) of an accepted event, {@link #NONE} before the first. */
  private final AtomicLong latestSeen = new AtomicLong(NONE);

  /** The latest day (epoch day) given to {@link #advanceTo}, {@link #NONE} before the first. */
  private final AtomicLong declared = new AtomicLong(NONE);

  /**
   * Makes an empty front of {@code partitions} empty projections.
   *
   * @param config the currency, window, funnel and weekly normalisation, shared by every partition
   * @param partitions how many partitions, at least 1 (e.g. the number of producer threads)
   */
  public PartitionedProjection(ProjectionConfig config, int partitions) {
    this.config = requireNonNull(config, "config");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
    }
    this.partitions = new MetricsProjection[partitions];
    for (int i = 0; i < partitions; i++) {
      this.partitions[i] = new MetricsProjection(config);
    }
  }

  /**
   * Returns how many partitions there are.
   *
   * @return the partition count
   */
  public int partitions() {
    return partitions.length;
  }

  /**
   * Takes one event, from any thread.
   *
   * @param event the event
   * @return what happened to it, as {@link MetricsProjection#accept} says
   * @throws dev.revops.core.error.CurrencyMismatchException when an amount is not in the reporting
   *     currency (nothing changes)
   * @throws IllegalArgumentException when a lead's stage is not in the funnel (nothing changes)
   */
  public Acceptance accept(MetricsEvent event) {
    requireNonNull(event, "event");
    MetricsProjection partition = partitions[partitionOf(event)];
    Acceptance acceptance;
    synchronized (partition) {
      catchUp(partition);
      acceptance = partition.accept(event);
    }
    if (acceptance == Acceptance.ACCEPTED) {
      raise(latestSeen, event.occurredOn().toEpochDay());
    }
    return acceptance;
  }

  /**
   * Declares that every event before a day has arrived, in every partition (see {@link
   * MetricsProjection#advanceTo}); the watermark never moves back.
   *
   * @param day the new watermark
   */
  public void advanceTo(LocalDate day) {
    raise(declared, requireNonNull(day, "day").toEpochDay());
    for (MetricsProjection partition : partitions) {
      synchronized (partition) {
        catchUp(partition);
      }
    }
  }

  /** Applies every waiting event: the watermark moves to the day after the latest day seen. */
  public void flush() {
    long latest = latestSeen.get();
    if (latest != NONE) {
      advanceTo(LocalDate.ofEpochDay(latest + 1));
    }
  }

  /**
   * Returns the watermark: every day before it is final in every partition.
   *
   * @return the watermark, or empty before the first event
   */
  public Optional<LocalDate> watermark() {
    long w = watermarkEpochDay();
    return w == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(w));
  }

  /**
   * Reports a period whose days are all final, while other threads may keep feeding.
   *
   * @param period the period; its end must not be after the watermark
   * @return the figures, equal to a single {@link MetricsProjection}'s report over the same events
   * @throws IllegalStateException when the period is not final yet
   */
  public PeriodReport report(DateRange period) {
    requireNonNull(period, "period");
    long w = watermarkEpochDay();
    if (w == NONE || period.end().toEpochDay() > w) {
      throw new IllegalStateException(
          "period "
              + period
              + " is not final: the watermark is "
              + watermark().orElse(null)
              + "; call advanceTo or flush first");
    }
    PeriodSums sums = new PeriodSums(config.funnelStages().size());
    for (MetricsProjection partition : partitions) {
      synchronized (partition) {
        catchUp(partition);
        partition.sumInto(period, sums);
      }
    }
    return sums.report(period, config.currency());
  }

  /**
   * Returns an account's MRR after the final days.
   *
   * @param account the account
   * @return its MRR, zero when unknown
   */
  public Money mrr(AccountId account) {
    MetricsProjection partition = partitions[partitionOf(requireNonNull(account, "account"))];
    synchronized (partition) {
      catchUp(partition);
      return partition.mrr(account);
    }
  }

  /**
   * Returns an account's AR balance after the final days.
   *
   * @param account the account
   * @return its balance, zero when unknown
   */
  public Money receivableBalance(AccountId account) {
    MetricsProjection partition = partitions[partitionOf(requireNonNull(account, "account"))];
    synchronized (partition) {
      catchUp(partition);
      return partition.receivableBalance(account);
    }
  }

  /**
   * Returns the partitions' counters added up.
   *
   * @return accepted, duplicate and late events over all partitions
   */
  public ProjectionCounters counters() {
    long accepted = 0;
    long duplicates = 0;
    long late = 0;
    for (MetricsProjection partition : partitions) {
      synchronized (partition) {
        ProjectionCounters c = partition.counters();
        accepted += c.accepted();
        duplicates += c.duplicates();
        late += c.late();
      }
    }
    return new ProjectionCounters(accepted, duplicates, late);
  }

  /**
   * Returns how many events wait in the partitions' windows.
   *
   * @return the buffered events over all partitions
   */
  public int pendingEvents() {
    return sumOverPartitions(MetricsProjection::pendingEvents);
  }

  /**
   * Returns how many accounts and leads the partitions keep state for.
   *
   * @return accounts plus leads over all partitions (each key lives in one partition)
   */
  public int trackedKeys() {
    return sumOverPartitions(MetricsProjection::trackedKeys);
  }

  /** A figure summed over the partitions, each read under its lock. */
  private int sumOverPartitions(ToIntFunction<MetricsProjection> figure) {
    int sum = 0;
    for (MetricsProjection partition : partitions) {
      synchronized (partition) {
        sum += figure.applyAsInt(partition);
      }
    }
    return sum;
  }

  private int partitionOf(MetricsEvent event) {
    Object key =
        event instanceof LeadStageReached l
            ? l.lead()
            : event instanceof SubscriptionMrrChanged s
                ? s.account()
                : event instanceof ReceivableChanged r
                    ? r.account()
                    : ((ContactAttempted) event).account();
    return partitionOf(key);
  }

  private int partitionOf(Object key) {
    int h = key.hashCode();
    return Math.floorMod(h ^ (h >>> 16), partitions.length);
  }

  /** The shared watermark as an epoch day, {@link #NONE} before any event or declaration. */
  private long watermarkEpochDay() {
    long latest = latestSeen.get();
    long fromLatest = latest == NONE ? NONE : latest - config.windowDays();
    return Math.max(fromLatest, declared.get());
  }

  /** Brings a partition (whose lock the caller holds) up to the shared watermark. */
  private void catchUp(MetricsProjection partition) {
    long w = watermarkEpochDay();
    if (w != NONE) {
      partition.advanceToEpochDay(w);
    }
  }

  private static void raise(AtomicLong day, long to) {
    long current = day.get();
    while (to > current && !day.compareAndSet(current, to)) {
      current = day.get();
    }
  }
}
