package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.collections.ContactOutcome;
import dev.revops.metrics.subscription.MovementType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps MRR movements, funnel counts, AR balances and contact outcomes up to date over an event
 * stream, in a single pass.
 *
 * <p><b>Memory</b> grows with accounts and leads (one small state each), with days (one aggregate
 * per day that had events) and with the events inside the window; never with the total number of
 * events.
 *
 * <p><b>Window and watermark.</b> The watermark is the latest day seen minus {@code windowDays} (or
 * a later day given to {@link #advanceTo}). Events on or after the watermark wait in a buffer; when
 * the watermark passes their day they are applied, a day at a time, in the order (day, sequence,
 * event id), so the order they arrived in does not matter. Events whose day is before the watermark
 * are {@link Acceptance#LATE} and ignored. Guarantee: if no event arrives after an event dated more
 * than {@code windowDays} later, every event counts exactly once and every report equals the batch
 * recomputation from the full history; duplicates are detected by event id while they wait, and
 * once applied a replay is late, so replaying never changes anything. A host that must accept later
 * stragglers rebuilds from its event store.
 *
 * <p>Not thread-safe: confine an instance to one thread (a consumer) or synchronise around it.
 */
public final class MetricsProjection {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsProjection.class);

  /** The order events of one day are applied in: sequence, then event id. */
  private static final Comparator<MetricsEvent> WITHIN_DAY =
      Comparator.comparingLong(MetricsEvent::sequence).thenComparing(e -> e.eventId().value());

  static final Comparator<MetricsEvent> ORDER =
      Comparator.comparing(MetricsEvent::occurredOn).thenComparing(WITHIN_DAY);

  private final ProjectionConfig config;

  /**
   * The events waiting in the window, a bucket per day, each sorted once when its day is applied. A
   * priority queue over the whole window cost some 25 comparisons per event.
   */
  private final TreeMap<LocalDate, List<MetricsEvent>> pending = new TreeMap<>();

  private int pendingCount;
  private final Set<EventId> pendingIds = new HashSet<>();
  private final Map<AccountId, AccountState> accounts = new HashMap<>();
  private final Map<LeadId, LeadState> leads = new HashMap<>();
  private final TreeMap<LocalDate, DayAggregate> days = new TreeMap<>();
  private LocalDate latestSeen;
  private LocalDate watermark;
  private long accepted;
  private long duplicates;
  private long late;

  /**
   * Makes an empty projection.
   *
   * @param config the currency, window and funnel
   */
  public MetricsProjection(ProjectionConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /**
   * Takes one event.
   *
   * @param event the event
   * @return what happened to it
   * @throws CurrencyMismatchException when an amount is not in the reporting currency
   * @throws IllegalArgumentException when a lead's stage is not in the funnel
   */
  public Acceptance accept(MetricsEvent event) {
    requireNonNull(event, "event");
    validate(event);
    if (watermark != null && event.occurredOn().isBefore(watermark)) {
      late++;
      LOG.debug(
          "late event {} dated {} is before the watermark {}: ignored",
          event.eventId(),
          event.occurredOn(),
          watermark);
      return Acceptance.LATE;
    }
    if (!pendingIds.add(event.eventId())) {
      duplicates++;
      return Acceptance.DUPLICATE;
    }
    pending.computeIfAbsent(event.occurredOn(), d -> new ArrayList<>()).add(event);
    pendingCount++;
    accepted++;
    if (latestSeen == null || event.occurredOn().isAfter(latestSeen)) {
      latestSeen = event.occurredOn();
      advanceTo(latestSeen.minusDays(config.windowDays()));
    }
    return Acceptance.ACCEPTED;
  }

  /**
   * Declares that every event before a day has arrived: applies them and makes the day the
   * watermark (it never moves back).
   *
   * @param day the new watermark
   */
  public void advanceTo(LocalDate day) {
    requireNonNull(day, "day");
    if (watermark == null || day.isAfter(watermark)) {
      watermark = day;
      drain();
    }
  }

  /** Applies every waiting event: the watermark moves to the day after the latest day seen. */
  public void flush() {
    if (latestSeen != null) {
      advanceTo(latestSeen.plusDays(1));
    }
  }

  /**
   * Returns the watermark: every day before it is final.
   *
   * @return the watermark, or empty before the first event
   */
  public Optional<LocalDate> watermark() {
    return Optional.ofNullable(watermark);
  }

  /**
   * Returns how many events wait in the window.
   *
   * @return the buffered events
   */
  public int pendingEvents() {
    return pendingCount;
  }

  /**
   * Returns how many events were accepted, ignored as duplicates, and ignored as late.
   *
   * @return the counters
   */
  public ProjectionCounters counters() {
    return new ProjectionCounters(accepted, duplicates, late);
  }

  /**
   * Returns an account's MRR after the final days.
   *
   * @param account the account
   * @return its MRR, zero when unknown
   */
  public Money mrr(AccountId account) {
    AccountState s = accounts.get(account);
    return Money.ofMinor(s == null ? 0 : s.mrr, config.currency());
  }

  /**
   * Returns an account's AR balance after the final days.
   *
   * @param account the account
   * @return its balance, zero when unknown
   */
  public Money receivableBalance(AccountId account) {
    AccountState s = accounts.get(account);
    return Money.ofMinor(s == null ? 0 : s.receivable, config.currency());
  }

  /**
   * Returns how many accounts and leads the projection keeps state for.
   *
   * @return accounts plus leads
   */
  public int trackedKeys() {
    return accounts.size() + leads.size();
  }

  /**
   * Reports a period whose days are all final.
   *
   * @param period the period; its end must not be after the watermark
   * @return the figures, equal to {@link BatchReports#report} over the same events
   * @throws IllegalStateException when the period is not final yet
   */
  public PeriodReport report(DateRange period) {
    requireNonNull(period, "period");
    if (watermark == null || period.end().isAfter(watermark)) {
      throw new IllegalStateException(
          "period "
              + period
              + " is not final: the watermark is "
              + watermark
              + "; call advanceTo or flush first");
    }
    int stages = config.funnelStages().size();
    long[] before = new long[3]; // mrr, customers, receivables before the period
    long[] amounts = new long[MovementType.values().length];
    long[] counts = new long[MovementType.values().length];
    long[] receivable = new long[ReceivableChange.values().length];
    long[] contacts = new long[ContactOutcome.values().length];
    Map<String, long[]> funnel = new TreeMap<>();
    for (Map.Entry<LocalDate, DayAggregate> e : days.headMap(period.end()).entrySet()) {
      DayAggregate day = e.getValue();
      if (e.getKey().isBefore(period.start())) {
        before[0] += day.mrrDelta();
        before[1] += day.customerDelta();
        before[2] += day.receivableDelta();
        continue;
      }
      add(amounts, day.amounts);
      add(counts, day.counts);
      add(receivable, day.receivable);
      add(contacts, day.contacts);
      day.funnel.forEach(
          (source, c) -> add(funnel.computeIfAbsent(source, s -> new long[stages]), c));
    }
    return Reports.build(period, config, before, amounts, counts, receivable, contacts, funnel);
  }

  private static void add(long[] into, long[] from) {
    for (int i = 0; i < from.length; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
  }

  private void validate(MetricsEvent event) {
    if (event instanceof SubscriptionMrrChanged s) {
      checkCurrency(s.mrr());
    } else if (event instanceof ReceivableChanged r) {
      checkCurrency(r.amount());
    } else if (event instanceof LeadStageReached l) {
      config.stageIndex(l.stage());
    }
  }

  private void checkCurrency(Money amount) {
    if (!amount.currency().equals(config.currency())) {
      throw new CurrencyMismatchException(config.currency(), amount.currency());
    }
  }

  private void drain() {
    while (!pending.isEmpty() && pending.firstKey().isBefore(watermark)) {
      Map.Entry<LocalDate, List<MetricsEvent>> bucket = pending.pollFirstEntry();
      List<MetricsEvent> today = bucket.getValue();
      today.sort(WITHIN_DAY);
      for (int i = 0; i < today.size(); i++) {
        pendingIds.remove(today.get(i).eventId());
      }
      pendingCount -= today.size();
      applyDay(bucket.getKey(), today);
    }
  }

  private void applyDay(LocalDate day, List<MetricsEvent> events) {
    DayAggregate agg = days.computeIfAbsent(day, d -> new DayAggregate());
    Map<AccountId, Long> mrrBefore = new LinkedHashMap<>();
    for (MetricsEvent event : events) {
      if (event instanceof SubscriptionMrrChanged s) {
        AccountState state = accounts.computeIfAbsent(s.account(), a -> new AccountState());
        mrrBefore.putIfAbsent(s.account(), state.mrr);
        long old = state.subscriptions.getOrDefault(s.subscriptionId(), 0L);
        long now = s.mrr().minor();
        if (now == 0) {
          state.subscriptions.remove(s.subscriptionId());
        } else {
          state.subscriptions.put(s.subscriptionId(), now);
        }
        state.mrr = Math.addExact(state.mrr, now - old);
      } else if (event instanceof ReceivableChanged r) {
        AccountState state = accounts.computeIfAbsent(r.account(), a -> new AccountState());
        long signed = r.change().sign() * r.amount().minor();
        state.receivable = Math.addExact(state.receivable, signed);
        int i = r.change().ordinal();
        agg.receivable[i] = Math.addExact(agg.receivable[i], r.amount().minor());
      } else if (event instanceof LeadStageReached l) {
        LeadState state = leads.computeIfAbsent(l.lead(), x -> new LeadState(l.source()));
        int reached = config.stageIndex(l.stage());
        if (reached > state.furthest) {
          long[] entries =
              agg.funnel.computeIfAbsent(state.source, x -> new long[config.funnelStages().size()]);
          for (int i = state.furthest + 1; i <= reached; i++) {
            entries[i]++;
          }
          state.furthest = reached;
        }
      } else if (event instanceof ContactAttempted c) {
        agg.contacts[c.outcome().ordinal()]++;
      }
    }
    for (Map.Entry<AccountId, Long> e : mrrBefore.entrySet()) {
      AccountState state = accounts.get(e.getKey());
      long was = e.getValue();
      if (was != state.mrr) {
        MovementType type = MovementType.classify(was, state.mrr, state.paid);
        int i = type.ordinal();
        agg.amounts[i] = Math.addExact(agg.amounts[i], Math.abs(state.mrr - was));
        agg.counts[i]++;
        state.paid = true;
      }
    }
  }

  private static final class AccountState {
    private final Map<String, Long> subscriptions = new HashMap<>(4);
    private long mrr;
    private boolean paid;
    private long receivable;
  }

  private static final class LeadState {
    private final String source;
    private int furthest = -1;

    private LeadState(String source) {
      this.source = source;
    }
  }

  private static final class DayAggregate {
    private final long[] amounts = new long[MovementType.values().length];
    private final long[] counts = new long[MovementType.values().length];
    private final long[] receivable = new long[ReceivableChange.values().length];
    private final long[] contacts = new long[ContactOutcome.values().length];
    private final Map<String, long[]> funnel = new HashMap<>(2);

    private long mrrDelta() {
      long delta = 0;
      for (MovementType t : MovementType.values()) {
        delta += t.isGain() ? amounts[t.ordinal()] : -amounts[t.ordinal()];
      }
      return delta;
    }

    private long customerDelta() {
      return counts[MovementType.NEW_BUSINESS.ordinal()]
          + counts[MovementType.REACTIVATION.ordinal()]
          - counts[MovementType.CHURN.ordinal()];
    }

    private long receivableDelta() {
      long delta = 0;
      for (ReceivableChange c : ReceivableChange.values()) {
        delta += c.sign() * receivable[c.ordinal()];
      }
      return delta;
    }
  }

  /** Shared by the projection and the batch: turns sums into a report. */
  static final class Reports {
    private Reports() {}

    static PeriodReport build(
        DateRange period,
        ProjectionConfig config,
        long[] before,
        long[] amounts,
        long[] counts,
        long[] receivable,
        long[] contacts,
        Map<String, long[]> funnel) {
      java.util.Currency cur = config.currency();
      long mrrEnd = before[0];
      long customersEnd = before[1];
      for (MovementType t : MovementType.values()) {
        mrrEnd += t.isGain() ? amounts[t.ordinal()] : -amounts[t.ordinal()];
      }
      customersEnd +=
          counts[MovementType.NEW_BUSINESS.ordinal()]
              + counts[MovementType.REACTIVATION.ordinal()]
              - counts[MovementType.CHURN.ordinal()];
      long arEnd = before[2];
      for (ReceivableChange c : ReceivableChange.values()) {
        arEnd += c.sign() * receivable[c.ordinal()];
      }
      MrrTotals mrr =
          new MrrTotals(
              Money.ofMinor(before[0], cur),
              Money.ofMinor(amounts[MovementType.NEW_BUSINESS.ordinal()], cur),
              Money.ofMinor(amounts[MovementType.EXPANSION.ordinal()], cur),
              Money.ofMinor(amounts[MovementType.CONTRACTION.ordinal()], cur),
              Money.ofMinor(amounts[MovementType.CHURN.ordinal()], cur),
              Money.ofMinor(amounts[MovementType.REACTIVATION.ordinal()], cur),
              Money.ofMinor(mrrEnd, cur));
      Map<MovementType, Long> movementCounts = new EnumMap<>(MovementType.class);
      for (MovementType t : MovementType.values()) {
        movementCounts.put(t, counts[t.ordinal()]);
      }
      Map<ContactOutcome, Long> contactCounts = new EnumMap<>(ContactOutcome.class);
      for (ContactOutcome o : ContactOutcome.values()) {
        contactCounts.put(o, contacts[o.ordinal()]);
      }
      Map<String, List<Long>> entries = new TreeMap<>();
      funnel.forEach(
          (source, c) -> {
            List<Long> list = new ArrayList<>();
            boolean any = false;
            for (long v : c) {
              list.add(v);
              any |= v != 0;
            }
            if (any) {
              entries.put(source, list);
            }
          });
      ReceivableTotals ar =
          new ReceivableTotals(
              Money.ofMinor(before[2], cur),
              Money.ofMinor(receivable[ReceivableChange.ISSUED.ordinal()], cur),
              Money.ofMinor(receivable[ReceivableChange.PAID.ordinal()], cur),
              Money.ofMinor(receivable[ReceivableChange.CREDITED.ordinal()], cur),
              Money.ofMinor(receivable[ReceivableChange.WRITTEN_OFF.ordinal()], cur),
              Money.ofMinor(arEnd, cur));
      return new PeriodReport(
          period, mrr, before[1], customersEnd, movementCounts, entries, ar, contactCounts);
    }
  }
}
