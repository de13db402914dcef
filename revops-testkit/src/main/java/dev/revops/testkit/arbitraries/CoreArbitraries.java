package dev.revops.testkit.arbitraries;

import dev.revops.core.consent.Channel;
import dev.revops.core.consent.ContactPreferences;
import dev.revops.core.consent.InconvenientTime;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.money.Percentage;
import dev.revops.core.party.Account;
import dev.revops.core.party.Contact;
import dev.revops.core.receivable.Receivable;
import dev.revops.core.time.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the core domain. Every generated value is a valid domain object (it passed
 * its own constructor checks); values shrink towards small, readable ones (USD, zero, the 1st of
 * January 2024, UTC). Stateless and thread-safe.
 *
 * <pre>{@code
 * @Property
 * void allocationAddsUp(@ForAll("money") Money m) { ... }
 *
 * @Provide
 * Arbitrary<Money> money() { return CoreArbitraries.money(); }
 * }</pre>
 */
public final class CoreArbitraries {
  /** Zones with DST (northern and southern, half-hour and 30-minute shifts) and without. */
  public static final List<String> ZONE_IDS =
      List.of(
          "UTC",
          "America/New_York",
          "America/Los_Angeles",
          "Europe/London",
          "Europe/Berlin",
          "Australia/Sydney",
          "Australia/Lord_Howe",
          "America/Santiago",
          "Asia/Kolkata",
          "Asia/Tokyo",
          "Pacific/Chatham",
          "America/St_Johns");

  private static final List<Currency> CURRENCIES =
      Currency.getAvailableCurrencies().stream()
          .filter(c -> c.getDefaultFractionDigits() >= 0)
          .sorted(
              Comparator.comparing((Currency c) -> !c.getCurrencyCode().equals("USD"))
                  .thenComparing(Currency::getCurrencyCode))
          .toList();

  private CoreArbitraries() {}

  /**
   * Every ISO 4217 currency that has a minor unit; shrinks to USD.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Currency> currencies() {
    return Arbitraries.of(CURRENCIES);
  }

  /**
   * Amounts in any currency between -10,000,000 and 10,000,000 major units; shrinks to USD 0.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Money> money() {
    return currencies().flatMap(CoreArbitraries::money);
  }

  /**
   * Amounts in one currency between -10,000,000 and 10,000,000 major units.
   *
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<Money> money(Currency currency) {
    long bound = 10_000_000L * pow10(currency.getDefaultFractionDigits());
    return Arbitraries.longs()
        .between(-bound, bound)
        .shrinkTowards(0)
        .map(m -> Money.ofMinor(m, currency));
  }

  /**
   * Non-negative amounts in one currency up to a number of major units.
   *
   * @param currency the currency
   * @param maxMajor the largest amount in major units
   * @return the arbitrary
   */
  public static Arbitrary<Money> nonNegativeMoney(Currency currency, long maxMajor) {
    long bound = Math.multiplyExact(maxMajor, pow10(currency.getDefaultFractionDigits()));
    return Arbitraries.longs().between(0, bound).map(m -> Money.ofMinor(m, currency));
  }

  /**
   * Rates from 0 % to 100 % with up to four decimals of a percent.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Percentage> percentages() {
    return Arbitraries.integers()
        .between(0, 1_000_000)
        .map(bp -> Percentage.ofPercent(BigDecimal.valueOf(bp, 4)));
  }

  /**
   * Time zones from {@link #ZONE_IDS}; shrinks to UTC.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONE_IDS).map(ZoneId::of);
  }

  /**
   * Dates from 1900 to 2300 (leap years, century years and 400-year cycles included); shrinks to
   * 2024-01-01.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> dates() {
    long base = LocalDate.of(2024, 1, 1).toEpochDay();
    return Arbitraries.longs()
        .between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2300, 12, 31).toEpochDay())
        .shrinkTowards(base)
        .map(LocalDate::ofEpochDay);
  }

  /**
   * Month-end and leap-day dates: the 28th to the 31st of any month, from 1900 to 2300.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> monthEnds() {
    return Combinators.combine(
            Arbitraries.integers().between(1900, 2300), Arbitraries.integers().between(1, 12))
        .as((y, m) -> LocalDate.of(y, m, 1))
        .flatMap(
            first ->
                Arbitraries.integers()
                    .between(28, first.lengthOfMonth())
                    .map(first::withDayOfMonth));
  }

  /**
   * Half-open ranges of 0 to 3,000 days.
   *
   * @return the arbitrary
   */
  public static Arbitrary<DateRange> dateRanges() {
    return Combinators.combine(dates(), Arbitraries.integers().between(0, 3000))
        .as(DateRange::ofDays);
  }

  /**
   * Instants from 2000 to 2100.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(946_684_800L, 4_102_444_800L)
        .shrinkTowards(1_704_067_200L)
        .map(Instant::ofEpochSecond);
  }

  /**
   * Instants within three hours of a DST change of a zone, between 2000 and 2100: where time bugs
   * hide. For a zone without DST, instants around midnight UTC.
   *
   * @param zone the zone
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instantsAroundDst(ZoneId zone) {
    List<Instant> transitions =
        zone.getRules().getTransitions().stream()
            .map(ZoneOffsetTransition::getInstant)
            .filter(i -> i.getEpochSecond() > 946_684_800L)
            .toList();
    List<Instant> anchors =
        transitions.isEmpty()
            ? List.of(LocalDateTime.of(2024, 3, 10, 0, 0).toInstant(ZoneOffset.UTC))
            : transitions;
    Arbitrary<Instant> base;
    if (anchors.size() > 1) {
      base = Arbitraries.of(anchors);
    } else {
      // rules without a transition list: use the next transitions from 2000 onwards
      base =
          Arbitraries.integers()
              .between(0, 100)
              .map(
                  k -> {
                    ZoneOffsetTransition t =
                        zone.getRules()
                            .nextTransition(
                                LocalDate.of(2000 + k, 1, 1).atStartOfDay(zone).toInstant());
                    return t == null ? anchors.get(0) : t.getInstant();
                  });
    }
    return Combinators.combine(base, Arbitraries.integers().between(-3 * 3600, 3 * 3600))
        .as((t, s) -> t.plusSeconds(s));
  }

  /**
   * Account ids {@code acct-1} to {@code acct-9999}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AccountId> accountIds() {
    return Arbitraries.integers().between(1, 9999).map(i -> AccountId.of("acct-" + i));
  }

  /**
   * New (unsaved) accounts in any zone and currency.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Account> accounts() {
    return Combinators.combine(
            accountIds(),
            Arbitraries.of("Acme", "Globex", "Initech", "Umbrella", "Hooli"),
            zones(),
            currencies(),
            Arbitraries.of("US", "GB", "DE", "FR", "AU", "JP", "IN", "CL"))
        .as(Account::of);
  }

  /**
   * New contacts with normalised contact points and one to three plausible zones.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Contact> contacts() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 9999),
            accountIds(),
            Arbitraries.of("Ann", "Bo", "Cy", "Di"),
            zones().set().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(2_000_000, 9_999_999))
        .as(
            (n, account, name, zones, phone) ->
                new Contact(
                    ContactId.of("contact-" + n),
                    account,
                    name,
                    "billing",
                    List.of(name.toLowerCase(java.util.Locale.ROOT) + n + "@example.com"),
                    List.of("+1415" + phone),
                    zones,
                    Contact.NEW));
  }

  /**
   * Contact preferences: random opt-ins and opt-outs, do-not-call, inconvenient times.
   *
   * @param contact the person they belong to
   * @return the arbitrary
   */
  public static Arbitrary<ContactPreferences> contactPreferences(ContactId contact) {
    Arbitrary<List<Channel>> optIns = Arbitraries.of(Channel.class).list().ofMaxSize(3);
    Arbitrary<List<Channel>> optOuts = Arbitraries.of(Channel.class).list().ofMaxSize(2);
    Arbitrary<List<InconvenientTime>> windows =
        Combinators.combine(
                Arbitraries.integers().between(0, 23), Arbitraries.integers().between(1, 12))
            .as(
                (h, len) ->
                    InconvenientTime.daily(LocalTime.of(h, 0), LocalTime.of((h + len) % 24, 30)))
            .list()
            .ofMaxSize(2);
    return Combinators.combine(optIns, optOuts, Arbitraries.of(true, false), windows)
        .as(
            (ins, outs, dnc, ws) -> {
              ContactPreferences p = ContactPreferences.none(contact).withDoNotCall(dnc);
              Instant t = Instant.parse("2024-01-01T00:00:00Z");
              for (Channel c : ins) {
                p = p.optIn(c, "generated", t);
                t = t.plusSeconds(1);
              }
              for (Channel c : outs) {
                p = p.optOut(c, "generated", t);
                t = t.plusSeconds(1);
              }
              for (InconvenientTime w : ws) {
                p = p.withInconvenientTime(w);
              }
              return p;
            });
  }

  /**
   * Open or settled receivables in one currency, due 0 to 90 days after issue.
   *
   * @param currency the currency
   * @return the arbitrary
   */
  public static Arbitrary<Receivable> receivables(Currency currency) {
    return Combinators.combine(
            Arbitraries.integers().between(1, 99_999),
            accountIds(),
            nonNegativeMoney(currency, 100_000),
            Arbitraries.integers().between(0, 100),
            dates(),
            Arbitraries.integers().between(0, 90))
        .as(
            (n, account, total, paidPercent, issued, terms) -> {
              Money due =
                  total.minus(
                      total.times(BigDecimal.valueOf(paidPercent, 2), java.math.RoundingMode.DOWN));
              return new Receivable(
                  ReceivableId.of("rcv-" + n),
                  account,
                  "INV-" + n,
                  total,
                  due,
                  issued,
                  issued.plusDays(terms));
            });
  }

  /**
   * Receivables in any currency.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Receivable> receivables() {
    return currencies().flatMap(CoreArbitraries::receivables);
  }

  /**
   * Sets of channels.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Set<Channel>> channels() {
    return Arbitraries.of(Channel.class).set();
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
