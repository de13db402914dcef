package dev.revops.collections.aging;

import static dev.revops.collections.CollectionsFixtures.assertRejectedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.receivable.AgingBucket;
import dev.revops.core.receivable.AgingBuckets;
import dev.revops.core.receivable.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgingTest {
  static final AccountId A = AccountId.of("acc-1");
  static final AccountId B = AccountId.of("acc-2");
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final Currency USD = Currency.getInstance("USD");
  static final Currency EUR = Currency.getInstance("EUR");

  static Receivable receivable(
      String id, AccountId account, String due, String amount, String ccy) {
    Money m = Money.of(amount, ccy);
    LocalDate d = LocalDate.parse(due);
    return new Receivable(ReceivableId.of(id), account, "INV-" + id, m, m, d.minusDays(30), d);
  }

  @Test
  void daysPastDueAreCountedInTheDebtorsZone() {
    Receivable r = receivable("r1", A, "2026-03-10", "10.00", "USD");
    // 2026-03-10T16:00Z is already the 11th in Tokyo but still the 10th in Los Angeles
    Instant at = Instant.parse("2026-03-10T16:00:00Z");
    assertThat(Aging.daysPastDue(r, at, TOKYO)).isEqualTo(1);
    assertThat(Aging.daysPastDue(r, at, LA)).isZero();
  }

  @Test
  void standardBucketsCoverEveryDayOnce() {
    AgingBuckets b = AgingBuckets.standard();
    assertThat(b.bucketFor(0).name()).isEqualTo("current");
    assertThat(b.bucketFor(1).name()).isEqualTo("1-30");
    assertThat(b.bucketFor(30).name()).isEqualTo("1-30");
    assertThat(b.bucketFor(31).name()).isEqualTo("31-60");
    assertThat(b.bucketFor(120).name()).isEqualTo("91-120");
    assertThat(b.bucketFor(121).name()).isEqualTo("120+");
    assertThat(b.bucketFor(10_000).name()).isEqualTo("120+");
    assertThatThrownBy(() -> b.bucketFor(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bucketsLoadFromJson() {
    AgingBuckets b =
        AgingBuckets.fromJson(
            """
            {"buckets": [
              {"name": "current", "minDays": 0, "maxDays": 0},
              {"name": "early", "minDays": 1, "maxDays": 45},
              {"name": "late", "minDays": 46}
            ]}
            """);
    assertThat(b.names()).containsExactly("current", "early", "late");
    assertThat(b.bucketFor(46).name()).isEqualTo("late");
  }

  @Test
  void gapsOverlapsAndAClosedTopAreRejectedWithTheirPaths() {
    assertRejectedAt(
        () ->
            AgingBuckets.fromJson(
                """
                    {"buckets": [
                      {"name": "current", "minDays": 0, "maxDays": 0},
                      {"name": "early", "minDays": 2, "maxDays": 45},
                      {"name": "late", "minDays": 46, "maxDays": 90}
                    ]}
                    """),
        "$.buckets[1].minDays",
        "$.buckets[2].maxDays");
  }

  @Test
  void wrongTypeMissingAndUnknownFieldsNameTheirPaths() {
    assertThatThrownBy(
            () ->
                AgingBuckets.fromJson(
                    """
                    {"buckets": [{"name": "current", "minDays": "zero", "maxDays": 0}]}
                    """))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("$.buckets[0].minDays"));
    assertThatThrownBy(() -> AgingBuckets.fromJson("{\"buckets\": [{\"name\": \"current\"}]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("$.buckets[0].minDays"));
    assertThatThrownBy(
            () ->
                AgingBuckets.fromJson(
                    "{\"buckets\": [{\"name\": \"c\", \"minDays\": 0, \"colour\": \"red\"}]}"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("$.buckets[0].colour"));
  }

  private static void rejects(String json, String path, String... message) {
    assertThatThrownBy(() -> AgingBuckets.fromJson(json))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).extracting(Violation::path).containsExactly(path);
              assertThat(e.violations().get(0).message()).contains(message);
            });
  }

  @Test
  void aNullOrEmptyDocumentIsAnInvalidInputAtTheRoot() {
    rejects("null", "$", "null");
    rejects(null, "$", "null");
    rejects("", "$", "empty");
  }

  @Test
  void aKeyTwiceInABucketIsNamedWithItsPathAndBothPlaces() {
    // was "No fallback setter/field defined for creator property 'maxDays'"
    assertThatThrownBy(
            () ->
                AgingBuckets.fromJson(
                    """
                    {"buckets": [
                      {"name": "current", "minDays": 0, "maxDays": 0, "maxDays": 30},
                      {"name": "late", "minDays": 1}
                    ]}
                    """))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::path)
                  .containsExactly("$.buckets[0].maxDays");
              assertThat(e.violations().get(0).message())
                  .contains("duplicate key 'maxDays' at line 2", "first at line 2")
                  .doesNotContain("fallback");
            });
  }

  @Test
  void daysOutOfRangeAreRefusedWithTheirPaths() {
    String tail = "}, {\"name\": \"late\", \"minDays\": 1}]}";
    String head = "{\"buckets\": [{\"name\": \"current\", \"minDays\": 0, \"maxDays\": ";
    // Integer.MAX_VALUE made the next start wrap to -2147483648
    rejects(head + "2147483647" + tail, "$.buckets[0].maxDays", "less than or equal to 36500");
    rejects(head + "-1" + tail, "$.buckets[0].maxDays", "greater than or equal to 0");
    rejects(head + "30.5" + tail, "$.buckets[0].maxDays", "line 1");
    rejects(head + "\"30\"" + tail, "$.buckets[0].maxDays", "line 1");
    rejects(
        "{\"buckets\": [{\"name\": \"all\", \"minDays\": 36501}]}",
        "$.buckets[0].minDays",
        "less than or equal to 36500");
    assertThat(
            AgingBuckets.of(
                    List.of(
                        AgingBucket.of("current", 0, AgingBucket.MAX_DAYS - 1),
                        AgingBucket.of("top", AgingBucket.MAX_DAYS, null)))
                .bucketFor(AgingBucket.MAX_DAYS + 1L)
                .name())
        .isEqualTo("top");
    assertThatThrownBy(
            () ->
                AgingBuckets.of(
                    List.of(
                        AgingBucket.of("current", 0, Integer.MAX_VALUE),
                        AgingBucket.of("top", 1, null))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("buckets[0].maxDays");
  }

  @Test
  void historyRecordsEnteringAndLeavingEachBucketIncludingCures() {
    AgingBuckets b = AgingBuckets.standard();
    BucketHistory h = BucketHistory.start(A);
    LocalDate d1 = LocalDate.parse("2026-01-01");
    Changed<BucketHistory> c = h.observe(d1, b.bucketFor(0));
    c = c.value().observe(d1.plusDays(5), b.bucketFor(5));
    assertThat(c.events()).singleElement().isInstanceOf(BucketChanged.class);
    assertThat(c.value().observe(d1.plusDays(6), b.bucketFor(6)).hasEvents()).isFalse();
    c = c.value().observe(d1.plusDays(40), b.bucketFor(35));
    c = c.value().observe(d1.plusDays(41), b.bucketFor(0)); // paid: cured
    BucketHistory hist = c.value();
    assertThat(hist.periods())
        .extracting(BucketPeriod::bucket)
        .containsExactly("current", "1-30", "31-60", "current");
    assertThat(hist.periods().get(1).entered()).isEqualTo(d1.plusDays(5));
    assertThat(hist.periods().get(1).left()).isEqualTo(d1.plusDays(40));
    assertThat(hist.current()).map(BucketPeriod::bucket).contains("current");
    assertThat(hist.bucketOn(d1.plusDays(39))).contains("1-30");
    assertThat(hist.bucketOn(d1.minusDays(1))).isEmpty();
  }

  @Test
  void reportsPerAccountAndPortfolioKeepCurrenciesApart() {
    Instant at = Instant.parse("2026-05-01T12:00:00Z");
    List<Receivable> all =
        List.of(
            receivable("a1", A, "2026-04-20", "100.00", "USD"), // 11 dpd
            receivable("a2", A, "2026-02-15", "50.00", "USD"), // 75 dpd
            receivable("a3", A, "2026-04-25", "30.00", "EUR"), // 6 dpd
            receivable("b1", B, "2026-05-10", "20.00", "USD"), // current
            receivable("b2", B, "2026-04-30", "5.00", "USD").withAmountDue(Money.of("0", "USD")));
    AccountAging a = AgingReport.account(A, all.subList(0, 3), LA, at, AgingBuckets.standard());
    assertThat(a.bucket()).isEqualTo("61-90");
    assertThat(a.maxDaysPastDue()).isEqualTo(75);
    assertThat(a.amount("1-30", USD)).isEqualTo(Money.of("100", "USD"));
    assertThat(a.amount("1-30", EUR)).isEqualTo(Money.of("30", "EUR"));
    assertThat(a.amounts().keySet()).containsExactly("1-30", "61-90");

    PortfolioAging p =
        AgingReport.portfolio(
            all, x -> Map.of(A, LA, B, TOKYO).get(x), at, AgingBuckets.standard());
    assertThat(p.accounts()).extracting(AccountAging::account).containsExactly(A, B);
    assertThat(p.total("current", USD)).isEqualTo(Money.of("20", "USD"));
    assertThat(p.total("1-30", USD)).isEqualTo(Money.of("100", "USD"));
    assertThat(p.total("61-90", USD)).isEqualTo(Money.of("50", "USD"));
    assertThat(p.total("120+", USD)).isEqualTo(Money.of("0", "USD"));
  }
}
