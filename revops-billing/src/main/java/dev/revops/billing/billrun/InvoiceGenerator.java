package dev.revops.billing.billrun;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.calendar.BillingCalendar;
import dev.revops.billing.catalog.BillingMode;
import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.ChargeType;
import dev.revops.billing.catalog.Coupon;
import dev.revops.billing.catalog.Price;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.proration.ProratedPeriod;
import dev.revops.billing.proration.ProratedPiece;
import dev.revops.billing.proration.Proration;
import dev.revops.billing.proration.ProrationUnit;
import dev.revops.billing.subscription.AppliedCoupon;
import dev.revops.billing.subscription.ProrationMode;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.TimelineSlice;
import dev.revops.core.money.Money;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Invoice generation as a pure function: {@code (account's subscriptions, catalog, existing
 * invoices, usage, target date) -> new lines + next date}. It computes what every due period should
 * have been billed, piece by piece, from the subscriptions' whole timeline, reads what the existing
 * invoices already billed (keyed by subscription, price, quantity and service period) and returns
 * only the difference. Running it again for the same date therefore adds nothing, and running it
 * every day up to a date bills what one run on that date bills: double billing is impossible by
 * construction, not detected afterwards. A dry run is this same call without saving the result.
 * Stateless and thread-safe.
 *
 * <p>Rules, in short: a period of an in-advance price is due on its first day, of an in-arrear or
 * usage price on the day after it ends. A piece that starts mid-period because of a change is due
 * at once under {@link ProrationMode#ALWAYS_INVOICE} and with the next period otherwise (Stripe's
 * create_prorations). Days billed that the timeline no longer bills (a cancellation, a downgrade,
 * an unbilled pause) come back as credit lines, due when the change starts. Lines of void invoices
 * count as billed (voiding is a decision, not an undo); deleted drafts do not.
 */
public final class InvoiceGenerator {
  private static final int HORIZON_YEARS = 10;

  private static final Comparator<Subscription> BY_ID = Comparator.comparing(s -> s.id().value());

  private final ProrationUnit unit;

  /**
   * Creates a generator.
   *
   * @param unit proration by day or by second
   */
  public InvoiceGenerator(ProrationUnit unit) {
    this.unit = requireNonNull(unit, "unit");
  }

  /**
   * A generator that prorates by day (the default).
   *
   * @return the generator
   */
  public static InvoiceGenerator byDay() {
    return new InvoiceGenerator(ProrationUnit.DAY);
  }

  /**
   * Computes the new lines and the next date anything is due.
   *
   * @param input the account's subscriptions, invoices and usage
   * @param catalog the catalog
   * @param target the account's local date to bill up to (inclusive)
   * @return the new lines and the next date
   */
  public BillingResult generate(AccountBilling input, Catalog catalog, LocalDate target) {
    requireNonNull(input, "input");
    requireNonNull(catalog, "catalog");
    requireNonNull(target, "target");
    Map<String, List<InvoiceLine>> billed =
        input.invoices().isEmpty() ? Map.of() : new LinkedHashMap<>();
    for (Invoice inv : input.invoices()) {
      if (inv.status() == InvoiceStatus.DELETED) {
        continue;
      }
      for (InvoiceLine l : inv.lines()) {
        if (l.fromSubscription() && l.priceId() != null && l.type() != LineType.TAX) {
          billed.computeIfAbsent(l.subscriptionId(), k -> new ArrayList<>()).add(l);
        }
      }
    }
    List<InvoiceLine> lines = new ArrayList<>();
    LocalDate next = null;
    List<Subscription> subs = input.subscriptions();
    if (subs.size() > 1) {
      subs = new ArrayList<>(subs);
      subs.sort(BY_ID);
    }
    for (Subscription s : subs) {
      Work w =
          new Work(
              s,
              catalog,
              target,
              billed.getOrDefault(s.id().value(), List.of()),
              input.usage(),
              new Proration(unit, s.zone()));
      w.run();
      lines.addAll(w.out);
      if (w.next != null && (next == null || w.next.isBefore(next))) {
        next = w.next;
      }
    }
    return new BillingResult(input.account(), lines, next);
  }

  private record Key(String ref, long quantity, DateRange range, boolean discount) {}

  private record Item(Money amount, LineType type, LocalDate due) {}

  /**
   * An insertion-ordered map for the handful of keys of one period: arrays searched from the end,
   * allocated on the first key, with a hash index once they hold more than {@value #LINEAR} keys (a
   * period cut by many changes). A {@code LinkedHashMap} per period cost a table and an entry per
   * key on every bill run.
   */
  private static final class KeyedValues<V> {
    private static final int LINEAR = 8;
    private Key[] keys;
    private Object[] values;
    private int size;
    private Map<Key, Integer> index;

    int size() {
      return size;
    }

    Key key(int i) {
      return keys[i];
    }

    @SuppressWarnings("unchecked")
    V value(int i) {
      return (V) values[i];
    }

    int indexOf(Key k) {
      if (index != null) {
        Integer i = index.get(k);
        return i == null ? -1 : i;
      }
      for (int i = size - 1; i >= 0; i--) {
        if (keys[i].equals(k)) {
          return i;
        }
      }
      return -1;
    }

    V get(Key k) {
      int i = indexOf(k);
      return i < 0 ? null : value(i);
    }

    void merge(Key k, V v, BinaryOperator<V> combine) {
      int i = indexOf(k);
      if (i >= 0) {
        values[i] = combine.apply(value(i), v);
        return;
      }
      if (keys == null) {
        keys = new Key[4];
        values = new Object[4];
      } else if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = k;
      values[size] = v;
      size++;
      if (index != null) {
        index.put(k, size - 1);
      } else if (size > LINEAR) {
        index = new HashMap<>();
        for (int j = 0; j < size; j++) {
          index.put(keys[j], j);
        }
      }
    }

    void put(Key k, V v) {
      merge(k, v, (old, now) -> now);
    }
  }

  /**
   * A subscription's periods sorted by start, then end, with at most one per range. The timeline
   * yields them in order, so adding usually appends; a {@code TreeMap} with a comparator chain cost
   * a tenth of a bill run.
   */
  private static final class Periods {
    private final List<Period> sorted = new ArrayList<>();

    int size() {
      return sorted.size();
    }

    Period get(int i) {
      return sorted.get(i);
    }

    Period get(DateRange range) {
      int i = find(range);
      return i >= 0 ? sorted.get(i) : null;
    }

    Period getOrAdd(DateRange range, BillingCalendar calendar) {
      int i = find(range);
      if (i >= 0) {
        return sorted.get(i);
      }
      Period p = new Period(range, calendar);
      sorted.add(-i - 1, p);
      return p;
    }

    /** The index of the range, or {@code -(insertion point) - 1}. */
    private int find(DateRange range) {
      int high = sorted.size() - 1;
      if (high < 0 || compare(sorted.get(high).range, range) < 0) {
        return -(high + 1) - 1;
      }
      int low = 0;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = compare(sorted.get(mid).range, range);
        if (c < 0) {
          low = mid + 1;
        } else if (c > 0) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -low - 1;
    }

    private static int compare(DateRange a, DateRange b) {
      int c = a.start().compareTo(b.start());
      return c != 0 ? c : a.end().compareTo(b.end());
    }
  }

  private static final class Period {
    final DateRange range;
    final BillingCalendar calendar;
    final List<TimelineSlice> slices = new ArrayList<>();
    final List<InvoiceLine> billed = new ArrayList<>();

    Period(DateRange range, BillingCalendar calendar) {
      this.range = range;
      this.calendar = calendar;
    }
  }

  /** The work for one subscription; confined to one call. */
  private static final class Work {
    final Subscription s;
    final Catalog catalog;
    final LocalDate target;
    final List<InvoiceLine> billedLines;
    final List<UsageRecord> usage;
    final Proration proration;
    final List<InvoiceLine> out = new ArrayList<>();
    LocalDate next;

    Work(
        Subscription s,
        Catalog catalog,
        LocalDate target,
        List<InvoiceLine> billedLines,
        List<UsageRecord> usage,
        Proration proration) {
      this.s = s;
      this.catalog = catalog;
      this.target = target;
      this.billedLines = billedLines;
      this.usage = usage;
      this.proration = proration;
    }

    void candidate(LocalDate due) {
      if (due.isAfter(target) && (next == null || due.isBefore(next))) {
        next = due;
      }
    }

    void run() {
      List<TimelineSlice> slices = s.timeline(catalog, target.plusYears(HORIZON_YEARS));
      Periods periods = new Periods();
      for (TimelineSlice slice : slices) {
        BillingCalendar cal = s.calendar(slice.plan());
        for (long k = cal.indexOf(slice.range().start()); ; k++) {
          DateRange p = cal.period(k);
          if (!p.start().isBefore(slice.range().end())) {
            break;
          }
          periods.getOrAdd(p, cal).slices.add(slice);
          if (p.start().isAfter(target)) {
            break;
          }
        }
      }
      List<InvoiceLine> oneTimeBilled = new ArrayList<>();
      for (InvoiceLine l : billedLines) {
        if (l.type() == LineType.ONE_TIME) {
          oneTimeBilled.add(l);
          continue;
        }
        Period home = homeOf(periods, l);
        if (home != null) {
          home.billed.add(l);
          continue;
        }
        LocalDate start = l.servicePeriod().start();
        BillingCalendar cal = s.calendar(catalog.plan(s.segmentOn(start).planId()));
        DateRange p = cal.periodContaining(start);
        if (!p.encloses(l.servicePeriod())) {
          p = l.servicePeriod();
        }
        periods.getOrAdd(p, cal).billed.add(l);
      }
      for (int i = 0; i < periods.size(); i++) {
        period(periods.get(i));
      }
      oneTime(slices, oneTimeBilled);
    }

    /**
     * Finds the period a billed line belongs to when the timeline still has it: a discount by its
     * exact period, any other line by an enclosing period whose slices carry its price (periods of
     * two plans with different intervals can overlap).
     */
    private static Period homeOf(Periods periods, InvoiceLine l) {
      if (l.type() == LineType.DISCOUNT) {
        return periods.get(l.servicePeriod());
      }
      for (int i = 0; i < periods.size(); i++) {
        Period p = periods.get(i);
        if (!p.range.encloses(l.servicePeriod())) {
          continue;
        }
        for (TimelineSlice slice : p.slices) {
          for (Price price : slice.phase().prices()) {
            if (price.id().equals(l.priceId())) {
              return p;
            }
          }
        }
      }
      return null;
    }

    private LocalDate due(Price price, TimelineSlice slice, DateRange period, DateRange piece) {
      if (price.charge() == ChargeType.USAGE || price.mode() == BillingMode.IN_ARREAR) {
        return period.end();
      }
      if (piece.start().equals(period.start())) {
        return period.start();
      }
      return slice.proration() == ProrationMode.ALWAYS_INVOICE ? piece.start() : period.end();
    }

    private void period(Period p) {
      DateRange range = p.range;
      // unsorted and possibly repeated: splitAt and Proration.split sort and dedupe
      List<LocalDate> cuts = new ArrayList<>(2 * (p.slices.size() + p.billed.size()));
      for (int i = 0; i < p.slices.size(); i++) {
        DateRange sliceRange = p.slices.get(i).range();
        cuts.add(sliceRange.start());
        cuts.add(sliceRange.end());
      }
      for (int i = 0; i < p.billed.size(); i++) {
        InvoiceLine l = p.billed.get(i);
        if (l.type() != LineType.DISCOUNT) {
          cuts.add(l.servicePeriod().start());
          cuts.add(l.servicePeriod().end());
        }
      }
      ProratedPeriod cut = proration.pieces(range, cuts);
      KeyedValues<Item> expected = new KeyedValues<>();
      Money subtotal = Money.zero(s.currency());
      LocalDate recurringDue = null;
      for (int si = 0; si < p.slices.size(); si++) {
        TimelineSlice slice = p.slices.get(si);
        List<Price> prices = slice.phase().prices();
        for (int pi = 0; pi < prices.size(); pi++) {
          Price price = prices.get(pi);
          if (price.charge() == ChargeType.RECURRING) {
            Money full =
                price.amountFor(
                    slice.quantity(), s.currency(), slice.priceLockedOn(), range.start());
            List<Money> shares = cut.shares(full);
            for (int i = 0; i < cut.size(); i++) {
              DateRange piece = cut.range(i);
              if (!slice.range().encloses(piece)) {
                continue;
              }
              LineType type = piece.equals(range) ? LineType.RECURRING : LineType.PRORATION_CHARGE;
              LocalDate due = due(price, slice, range, piece);
              expected.merge(
                  new Key(price.id(), slice.quantity(), piece, false),
                  new Item(shares.get(i), type, due),
                  (a, b) -> new Item(a.amount().plus(b.amount()), a.type(), a.due()));
              subtotal = subtotal.plus(shares.get(i));
              recurringDue =
                  recurringDue == null || due.isBefore(recurringDue) ? due : recurringDue;
            }
          } else if (price.charge() == ChargeType.USAGE) {
            for (int i = 0; i < cut.size(); i++) {
              DateRange piece = cut.range(i);
              if (!slice.range().encloses(piece)) {
                continue;
              }
              long used = usageOf(price.id(), piece);
              Money amount =
                  price.amountFor(used, s.currency(), slice.priceLockedOn(), range.start());
              if (used > 0 || !amount.isZero()) {
                expected.put(
                    new Key(price.id(), used, piece, false),
                    new Item(amount, LineType.USAGE, range.end()));
              }
            }
          }
        }
      }
      for (int ci = 0; ci < s.coupons().size(); ci++) {
        AppliedCoupon applied = s.coupons().get(ci);
        Coupon coupon = catalog.coupon(applied.couponId());
        long index = p.calendar.indexOf(range.start()) - p.calendar.indexOf(applied.redeemedOn());
        if (coupon.appliesTo(index) && subtotal.isPositive()) {
          expected.put(
              new Key(coupon.id(), 0, range, true),
              new Item(
                  coupon.discountOn(subtotal).negate(),
                  LineType.DISCOUNT,
                  recurringDue == null ? range.start() : recurringDue));
        }
      }
      KeyedValues<Money> billed = new KeyedValues<>();
      for (InvoiceLine l : p.billed) {
        if (l.type() == LineType.DISCOUNT) {
          billed.merge(new Key(l.priceId(), 0, l.servicePeriod(), true), l.amount(), Money::plus);
          continue;
        }
        if (l.servicePeriod().isEmpty()) {
          billed.merge(
              new Key(l.priceId(), l.quantity(), l.servicePeriod(), false),
              l.amount(),
              Money::plus);
          continue;
        }
        for (ProratedPiece part : proration.split(l.amount(), l.servicePeriod(), cuts)) {
          billed.merge(
              new Key(l.priceId(), l.quantity(), part.range(), false), part.amount(), Money::plus);
        }
      }
      // every expected key in order, then the billed keys nothing expects any more
      int expectedKeys = expected.size();
      for (int j = 0; j < expectedKeys + billed.size(); j++) {
        Key k;
        Item e;
        if (j < expectedKeys) {
          k = expected.key(j);
          e = expected.value(j);
        } else {
          k = billed.key(j - expectedKeys);
          if (expected.indexOf(k) >= 0) {
            continue;
          }
          e = null;
        }
        Money want = e == null ? Money.zero(s.currency()) : e.amount();
        Money billedAmount = billed.get(k);
        Money have = billedAmount == null ? Money.zero(s.currency()) : billedAmount;
        Money diff = want.minus(have);
        if (diff.isZero()) {
          continue;
        }
        LocalDate due = e != null ? e.due() : coveringDue(expected, k.range());
        if (due.isAfter(target)) {
          candidate(due);
          continue;
        }
        LineType type;
        if (k.discount()) {
          type = LineType.DISCOUNT;
        } else if (e != null && have.isZero()) {
          type = e.type();
        } else if (e == null && diff.isNegative()) {
          type = LineType.PRORATION_CREDIT;
        } else {
          type = LineType.ADJUSTMENT;
        }
        out.add(
            new InvoiceLine(
                type,
                k.ref() + " x " + k.quantity() + " " + k.range(),
                diff,
                k.quantity(),
                k.range(),
                s.id().value(),
                k.ref()));
      }
    }

    private LocalDate coveringDue(KeyedValues<Item> expected, DateRange range) {
      LocalDate due = null;
      for (int i = 0; i < expected.size(); i++) {
        Key key = expected.key(i);
        if (!key.discount() && key.range().overlaps(range)) {
          LocalDate d = expected.value(i).due();
          due = due == null || d.isBefore(due) ? d : due;
        }
      }
      return due == null ? range.start() : due;
    }

    private long usageOf(String priceId, DateRange piece) {
      long sum = 0;
      for (UsageRecord u : usage) {
        if (u.subscription().equals(s.id())
            && u.priceId().equals(priceId)
            && piece.contains(u.day())) {
          sum = Math.addExact(sum, u.quantity());
        }
      }
      return sum;
    }

    private void oneTime(List<TimelineSlice> slices, List<InvoiceLine> billedOneTime) {
      for (TimelineSlice slice : slices) {
        if (!slice.range().start().equals(slice.phaseStart())) {
          continue;
        }
        for (Price price : slice.phase().prices()) {
          if (price.charge() != ChargeType.ONE_TIME) {
            continue;
          }
          DateRange day = DateRange.ofDays(slice.phaseStart(), 1);
          Money want =
              price.amountFor(slice.quantity(), s.currency(), slice.priceLockedOn(), day.start());
          Money have = Money.zero(s.currency());
          for (InvoiceLine l : billedOneTime) {
            if (price.id().equals(l.priceId()) && l.servicePeriod().equals(day)) {
              have = have.plus(l.amount());
            }
          }
          Money diff = want.minus(have);
          if (diff.isZero()) {
            continue;
          }
          if (day.start().isAfter(target)) {
            candidate(day.start());
            continue;
          }
          out.add(
              new InvoiceLine(
                  LineType.ONE_TIME,
                  price.id() + " x " + slice.quantity() + " " + day,
                  diff,
                  slice.quantity(),
                  day,
                  s.id().value(),
                  price.id()));
        }
      }
    }
  }
}
