package dev.revops.billing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {
  private final CatalogLoader loader = CatalogLoader.create();

  @Test
  void readsAValidCatalog() {
    Catalog c = loader.load(TestCatalogs.JSON);
    Plan plan = c.plan("pro-monthly");
    assertThat(plan.hasTrial()).isTrue();
    Price seat = plan.phases().get(1).prices().get(0);
    assertThat(seat.mode()).isEqualTo(BillingMode.IN_ADVANCE);
    Price api = plan.phases().get(1).prices().get(1);
    assertThat(api.mode()).isEqualTo(BillingMode.IN_ARREAR);
    LocalDate d = LocalDate.of(2024, 5, 1);
    assertThat(api.amountFor(1500, Money.currency("USD"), d, d)).isEqualTo(Money.of("5", "USD"));
    assertThat(c.coupon("WELCOME20").appliesTo(2)).isTrue();
    assertThat(c.coupon("WELCOME20").appliesTo(3)).isFalse();
  }

  private void rejects(String json, Consumer<List<Violation>> check) {
    assertThatThrownBy(() -> loader.load(json))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> check.accept(e.violations()));
  }

  @Test
  void wrongTypeNamesThePath() {
    rejects(
        TestCatalogs.JSON.replace("\"count\": 14", "\"count\": \"fourteen\""),
        v -> {
          assertThat(v).hasSize(1);
          assertThat(v.get(0).path()).isEqualTo("$.plans[0].phases[0].duration.count");
          assertThat(v.get(0).message()).contains("line");
        });
    rejects(
        TestCatalogs.JSON.replace("\"PER_UNIT\"", "\"PER_SEAT\""),
        v -> assertThat(v.get(0).path()).isEqualTo("$.plans[0].phases[1].prices[0].model"));
  }

  @Test
  void missingFieldNamesThePath() {
    rejects(
        TestCatalogs.JSON.replace("\"productId\": \"crm\",", ""),
        v -> {
          assertThat(v).extracting(Violation::path).containsExactly("$.plans[0].productId");
          assertThat(v.get(0).message()).contains("must not be blank");
        });
  }

  @Test
  void unknownFieldsAreAllListed() {
    rejects(
        TestCatalogs.JSON
            .replace("{\"id\": \"crm\", \"name\": \"CRM\"}", "{\"id\": \"crm\", \"nme\": \"CRM\"}")
            .replace("\"charge\": \"USAGE\",", "\"charge\": \"USAGE\", \"meter\": \"calls\","),
        v ->
            assertThat(v)
                .extracting(Violation::path)
                .contains("$.products[0].nme", "$.plans[0].phases[1].prices[1].meter"));
  }

  @Test
  void catalogRulesAreCheckedWithPaths() {
    rejects(
        TestCatalogs.JSON
            .replace("\"productId\": \"crm\"", "\"productId\": \"erp\"")
            .replace(
                "{\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},", "")
            .replace("\"durationInPeriods\": 3", "\"durationInPeriods\": null"),
        v ->
            assertThat(v)
                .extracting(Violation::path)
                .contains("$.plans[0].productId", "$.coupons[0].durationInPeriods")
                .doesNotContain("$"));
    rejects(
        TestCatalogs.JSON.replace(
            "{\"amount\": {\"amount\": \"3500\", \"currency\": \"JPY\"}}",
            "{\"amount\": {\"amount\": \"3500\", \"currency\": \"EUR\"}}"),
        v ->
            assertThat(v)
                .extracting(Violation::path)
                .containsExactly("$.plans[0].phases[1].prices[0].versions[1].currencies"));
  }

  @Test
  void phaseOrderTierCurrenciesAndCouponAmountsAreCheckedWithPaths() {
    String json = TestCatalogs.JSON;
    String trial = "{\"type\": \"TRIAL\", \"duration\": {\"unit\": \"DAY\", \"count\": 14}}";
    rejectsAt(
        json.replace(
            trial,
            "{\"type\": \"FIXED_TERM\", \"duration\": {\"unit\": \"MONTH\", \"count\": 12}}"),
        "$.plans[0].phases[0].type",
        "a FIXED_TERM phase must be the last");
    rejectsAt(
        json.replace(
            "{\"type\": \"EVERGREEN\", \"prices\": [",
            "{\"type\": \"TRIAL\", \"duration\": {\"unit\": \"DAY\", \"count\": 7}, \"prices\": ["),
        "$.plans[0].phases[1].type",
        "the last phase must be EVERGREEN or FIXED_TERM");
    String prices = "$.plans[0].phases[1].prices";
    rejectsAt(
        json.replace(
            "{\"unitAmount\": {\"amount\": \"0.01\", \"currency\": \"USD\"}}",
            "{\"unitAmount\": {\"amount\": \"0.01\", \"currency\": \"USD\"},"
                + " \"flatAmount\": {\"amount\": \"5\", \"currency\": \"EUR\"}}"),
        prices + "[1].versions[0].currencies[0].tiers[1]",
        "tier amounts must be in the price's currency");
    // a second closed tier with the same bound as the first does not ascend
    rejectsAt(
        json.replace(
            "{\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},",
            "{\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},"
                + " {\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},"),
        prices + "[1].versions[0].currencies[0].tiers[1].upTo",
        "tiers must ascend");
    rejectsAt(
        json.replace(
            "\"percentOff\": \"20%\"", "\"amountOff\": {\"amount\": \"0\", \"currency\": \"USD\"}"),
        "$.coupons[0].amountOff",
        "must be above zero");
    // the same catalog with a valid amount off loads
    assertThat(
            loader
                .load(
                    json.replace(
                        "\"percentOff\": \"20%\"",
                        "\"amountOff\": {\"amount\": \"5\", \"currency\": \"USD\"}"))
                .coupon("WELCOME20")
                .amountOff())
        .isEqualTo(Money.of("5", "USD"));
  }

  private void rejectsAt(String json, String path, String message) {
    rejects(
        json,
        v -> {
          assertThat(v).extracting(Violation::path).contains(path);
          assertThat(
                  v.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow().message())
              .contains(message);
        });
  }

  @Test
  void outOfRangeNumbersAreRefusedWithTheirPaths() {
    String json = TestCatalogs.JSON;
    String prices = "$.plans[0].phases[1].prices";
    rejectsAt(
        json.replace("\"amount\": \"30.00\"", "\"amount\": \"-30.00\""),
        prices + "[0].versions[0].currencies[0].amount",
        "must not be negative");
    rejectsAt(
        json.replace("\"amount\": \"0.01\"", "\"amount\": \"-0.01\""),
        prices + "[1].versions[0].currencies[0].tiers[1].unitAmount",
        "must not be negative");
    rejectsAt(
        json.replace(
            "{\"unitAmount\": {\"amount\": \"0.01\", \"currency\": \"USD\"}}",
            "{\"unitAmount\": {\"amount\": \"0.01\", \"currency\": \"USD\"},"
                + " \"flatAmount\": {\"amount\": \"-5\", \"currency\": \"USD\"}}"),
        prices + "[1].versions[0].currencies[0].tiers[1].flatAmount",
        "must not be negative");
    // tier bounds out of order: a second closed tier below the first
    rejectsAt(
        json.replace(
            "{\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},",
            "{\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},"
                + " {\"upTo\": 500, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}},"),
        prices + "[1].versions[0].currencies[0].tiers[1].upTo",
        "tiers must ascend");
    rejectsAt(
        json.replace(
            "{\"upTo\": 1000, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}}",
            "{\"upTo\": 0, \"unitAmount\": {\"amount\": \"0\", \"currency\": \"USD\"}}"),
        prices + "[1].versions[0].currencies[0].tiers[0].upTo",
        "greater than or equal to 1");
    rejectsAt(
        json.replace(
            "\"interval\": {\"unit\": \"MONTH\", \"count\": 1}",
            "\"interval\": {\"unit\": \"MONTH\", \"count\": 0}"),
        "$.plans[0].interval",
        "interval count must be at least 1, got 0");
    rejectsAt(
        json.replace("\"count\": 14", "\"count\": -14"),
        "$.plans[0].phases[0].duration",
        "interval count must be at least 1, got -14");
    rejectsAt(
        json.replace("\"count\": 14", "\"count\": 14.5"),
        "$.plans[0].phases[0].duration.count",
        "line");
    rejectsAt(
        json.replace("\"durationInPeriods\": 3", "\"durationInPeriods\": 0"),
        "$.coupons[0].durationInPeriods",
        "greater than or equal to 1");
    rejectsAt(
        json.replace("\"percentOff\": \"20%\"", "\"percentOff\": \"120%\""),
        "$.coupons[0].percentOff",
        "at most 100%");
    rejectsAt(
        json.replace("\"percentOff\": \"20%\"", "\"percentOff\": \"-20%\""),
        "$.coupons[0].percentOff",
        "negative");
  }
}
