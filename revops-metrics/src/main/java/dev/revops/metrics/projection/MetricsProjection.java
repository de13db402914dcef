package dev.revops.metrics.projection;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.EventId;
import dev.revops.core.id.LeadId;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import dev.revops.metrics.internal.ObjectLongMap;
import dev.revops.metrics.subscription.MovementType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * <p>Not thread-safe: confine an instance to one thread (a consumer) or synchronise around it. To
 * feed from several threads, use {@link PartitionedProjection}: one projection per partition, each
 * account always in the same one, reports added up.
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
  private final TreeMap<LocalDate, DaySums> days = new TreeMap<>();

  /** The accounts whose MRR changed on the day being applied; reused from day to day. */
  private final List<AccountState> touchedToday = new ArrayList<>();

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

  /**
   * Moves the watermark to a day given as an epoch day, if that is later; allocates only when it
   * moves (for {@link PartitionedProjection}, which calls it on every event).
   */
  void advanceToEpochDay(long day) {
    if (watermark == null || day > watermark.toEpochDay()) {
      advanceTo(LocalDate.ofEpochDay(day));
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
    PeriodSums sums = new PeriodSums(config.funnelStages().size());
    sumInto(period, sums);
    return sums.report(period, config.currency());
  }

  /**
   * Adds the sums of a final period to {@code into}: the days before it to the opening balances,
   * the days inside it to the period's sums.
   */
  void sumInto(DateRange period, PeriodSums into) {
    requireNonNull(period, "period");
    if (watermark == null || period.end().isAfter(watermark)) {
      throw new IllegalStateException(
          "period "
              + period
              + " is not final: the watermark is "
              + watermark
              + "; call advanceTo or flush first");
    }
    for (Map.Entry<LocalDate, DaySums> e : days.headMap(period.end()).entrySet()) {
      if (e.getKey().isBefore(period.start())) {
        into.addBefore(e.getValue());
      } else {
        into.addInside(e.getValue());
      }
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
    DaySums sums = days.computeIfAbsent(day, d -> new DaySums(config.funnelStages().size()));
    for (MetricsEvent event : events) {
      if (event instanceof SubscriptionMrrChanged s) {
        AccountState account = account(s.account());
        if (!account.touchedToday) {
          account.touchedToday = true;
          account.mrrAtDayStart = account.mrr;
          touchedToday.add(account);
        }
        account.changeSubscription(s.subscriptionId(), s.mrr().minor());
      } else if (event instanceof ReceivableChanged r) {
        AccountState account = account(r.account());
        long amount = r.amount().minor();
        account.receivable =
            Math.addExact(account.receivable, ReceivableSums.signed(r.change(), amount));
        sums.receivables.record(r.change(), amount);
      } else if (event instanceof LeadStageReached l) {
        LeadState lead = leads.computeIfAbsent(l.lead(), x -> new LeadState(l.source()));
        int reached = config.stageIndex(l.stage());
        if (reached > lead.furthest) {
          sums.funnel.enter(lead.source, lead.furthest, reached);
          lead.furthest = reached;
        }
      } else if (event instanceof ContactAttempted c) {
        sums.contacts.record(c.outcome());
      }
    }
    // same-day changes of one account net into one movement
    for (int i = 0; i < touchedToday.size(); i++) {
      touchedToday.get(i).closeDay(sums.movements);
    }
    touchedToday.clear();
  }

  private AccountState account(AccountId id) {
    AccountState state = accounts.get(id);
    if (state == null) {
      state = new AccountState();
      accounts.put(id, state);
    }
    return state;
  }

  /** One account: its subscriptions' MRR, its MRR, whether it ever paid, and its AR balance. */
  private static final class AccountState {
    /** MRR per subscription id, in minor units; a subscription at zero is removed. */
    private final ObjectLongMap<String> subscriptions = new ObjectLongMap<>(2);

    private long mrr;
    private boolean paid;
    private long receivable;

    /** Whether a subscription of the account changed on the day being applied. */
    private boolean touchedToday;

    /** The account's MRR before the day being applied. */
    private long mrrAtDayStart;

    private void changeSubscription(String subscriptionId, long now) {
      long old = subscriptions.get(subscriptionId, 0);
      if (now == 0) {
        subscriptions.remove(subscriptionId);
      } else {
        subscriptions.put(subscriptionId, now);
      }
      mrr = Math.addExact(mrr, now - old);
    }

    /** Records the day's net change of MRR as one movement, if MRR changed. */
    private void closeDay(MovementSums into) {
      touchedToday = false;
      if (mrrAtDayStart != mrr) {
        into.record(MovementType.classify(mrrAtDayStart, mrr, paid), Math.abs(mrr - mrrAtDayStart));
        paid = true;
      }
    }
  }

  private static final class LeadState {
    private final String source;
    private int furthest = -1;

    private LeadState(String source) {
      this.source = source;
    }
  }
}
