package dev.revops.sales.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.money.Money;
import dev.revops.sales.Refusals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The catalog loader: a valid catalog, and every problem named by its JSON path. */
class OfferCatalogLoaderTest {
  private static final OfferCatalogLoader LOADER = OfferCatalogLoader.create();

  private static final String MARGIN = "\"margin\": {\"amount\": \"5.00\", \"currency\": \"USD\"}";
  private static final String PRICE = "\"price\": {\"amount\": \"9.00\", \"currency\": \"USD\"}";
  private static final String VALUE = "\"value\": {" + PRICE + ", " + MARGIN + "}";

  @Test
  void readsTheCatalogWithEveryPart() {
    OfferCatalog c = OfferTestData.CATALOG;
    assertThat(c.offers())
        .extracting(Offer::id)
        .containsExactly("crm-pro-upgrade", "analytics", "support-plus");
    Offer up = c.offer("crm-pro-upgrade").orElseThrow();
    assertThat(up.kind()).isEqualTo(OfferKind.UPSELL);
    assertThat(up.when().fromPlans()).containsExactly("crm-team");
    assertThat(up.value().price()).isNull();
    assertThat(up.value().margin()).isEqualTo(Money.of("30.00", "USD"));
    assertThat(up.coolDownDays()).isEqualTo(90);
    Offer addOn = c.offer("analytics").orElseThrow();
    assertThat(addOn.when().requires()).containsExactly("crm-pro");
    assertThat(addOn.when().excludes()).isEmpty();
    assertThat(addOn.value().price()).isEqualTo(Money.of("20.00", "USD"));
    assertThat(c.currency().getCurrencyCode()).isEqualTo("USD");
    assertThat(c.offer("nope")).isEmpty();
  }

  @Test
  void aMissingWhenReadsAsNoCondition() {
    OfferCatalog c =
        LOADER.load(
            "{\"offers\": [{\"id\": \"x\", \"kind\": \"CROSS_SELL\", \"sells\": \"p\", "
                + VALUE
                + ", \"coolDownDays\": 0}]}");
    assertThat(c.offers().get(0).when()).isEqualTo(OfferConditions.NONE);
  }

  @Test
  void unknownFieldsAreNamedWhereTheyAre() {
    assertThat(
            paths(
                offer(
                    "\"id\": \"x\", \"kind\": \"CROSS_SELL\", \"sells\": \"p\", \"colour\": 1,"
                        + " \"when\": {\"require\": [\"a\"]}, "
                        + VALUE
                        + ", \"coolDownDays\": 0")))
        .contains("$.offers[0].colour", "$.offers[0].when.require");
  }

  @Test
  void aDuplicateKeyIsRefused() {
    assertThat(messages("{\"offers\": [], \"offers\": []}")).anyMatch(m -> m.contains("duplicate"));
  }

  @Test
  void requiredFieldsAreNamed() {
    assertThat(paths(offer("\"kind\": \"CROSS_SELL\", \"coolDownDays\": 0")))
        .contains("$.offers[0].id", "$.offers[0].sells", "$.offers[0].value");
    assertThat(paths("{\"offers\": []}")).containsExactly("$.offers");
    assertThat(paths("{}")).containsExactly("$.offers");
    assertThat(paths("{\"offers\": [null]}")).containsExactly("$.offers[0]");
    assertThat(
            paths(
                offer(
                    "\"id\": \"x\", \"kind\": \"ADD_ON\", \"sells\": \"p\", \"when\":"
                        + " {\"requires\": [null]}, "
                        + VALUE
                        + ", \"coolDownDays\": 0")))
        .containsExactly("$.offers[0].when.requires[0]");
  }

  @Test
  void aMissingCoolDownIsNamedNotReadAsZero() {
    assertThat(paths(offer("\"id\": \"x\", \"kind\": \"CROSS_SELL\", \"sells\": \"p\", " + VALUE)))
        .containsExactly("$.offers[0].coolDownDays");
  }

  /** A wrong type or an out-of-bounds number in an offer's kind or cool-down is named by path. */
  @ParameterizedTest(name = "{0}, {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"kind\": \"DOWNSELL\"   | \"coolDownDays\": 1      | $.offers[0].kind",
        "\"kind\": 1            | \"coolDownDays\": 1      | $.offers[0].kind",
        "\"kind\": \"CROSS_SELL\" | \"coolDownDays\": 1.5    | $.offers[0].coolDownDays",
        "\"kind\": \"CROSS_SELL\" | \"coolDownDays\": \"30\" | $.offers[0].coolDownDays",
        "\"kind\": \"CROSS_SELL\" | \"coolDownDays\": 3651   | $.offers[0].coolDownDays",
        "\"kind\": \"CROSS_SELL\" | \"coolDownDays\": -1     | $.offers[0].coolDownDays"
      })
  void aWrongKindOrCoolDownIsNamed(String kind, String coolDown, String path) {
    assertThat(paths(simple(kind, coolDown))).containsExactly(path);
  }

  @Test
  void aPriceThatIsNotMoneyIsNamed() {
    assertThat(
            paths(
                offer(
                    "\"id\": \"x\", \"kind\": \"CROSS_SELL\", \"sells\": \"p\", \"value\":"
                        + " {\"price\": 9, "
                        + MARGIN
                        + "}, \"coolDownDays\": 0")))
        .containsExactly("$.offers[0].value.price");
  }

  @Test
  void aBlankIdIsNamed() {
    assertThat(
            paths(
                offer(
                    "\"id\": \" \", \"kind\": \"CROSS_SELL\", \"sells\": \"p\", "
                        + VALUE
                        + ", \"coolDownDays\": 0")))
        .containsExactly("$.offers[0].id");
  }

  @Test
  void theCatalogsOwnRulesAreNamedByPath() {
    String json =
        "{\"offers\": ["
            // 0: an upsell without a path, upgrading from what it sells
            + "{\"id\": \"a\", \"kind\": \"UPSELL\", \"sells\": \"pro\", \"value\": {"
            + MARGIN
            + "}, \"coolDownDays\": 0},"
            // 1: an upsell upgrading from the plan it sells
            + "{\"id\": \"b\", \"kind\": \"UPSELL\", \"sells\": \"pro\", \"when\": {\"fromPlans\":"
            + " [\"pro\"]}, \"value\": {"
            + MARGIN
            + "}, \"coolDownDays\": 0},"
            // 2: a cross-sell with an upgrade path and no price
            + "{\"id\": \"c\", \"kind\": \"CROSS_SELL\", \"sells\": \"p\", \"when\": {\"fromPlans\":"
            + " [\"x\"]}, \"value\": {"
            + MARGIN
            + "}, \"coolDownDays\": 0},"
            // 3: an add-on without a base, excluding what it sells; duplicate id
            + "{\"id\": \"c\", \"kind\": \"ADD_ON\", \"sells\": \"q\", \"when\": {\"excludes\":"
            + " [\"q\"]}, "
            + VALUE
            + ", \"coolDownDays\": 0},"
            // 4: requires what it sells and requires what it excludes; negative margin; EUR
            + "{\"id\": \"e\", \"kind\": \"ADD_ON\", \"sells\": \"r\", \"when\": {\"requires\":"
            + " [\"r\", \"base\"], \"excludes\": [\"base\"]}, \"value\": {"
            + PRICE
            + ", \"margin\": {\"amount\": \"-1.00\", \"currency\": \"EUR\"}}, \"coolDownDays\": 0}"
            + "]}";
    assertThat(violations(json))
        .extracting(Violation::path)
        .containsExactlyInAnyOrder(
            "$.offers[0].when.fromPlans",
            "$.offers[1].when.fromPlans",
            "$.offers[2].when.fromPlans",
            "$.offers[2].value.price",
            "$.offers[3].id",
            "$.offers[3].when.requires",
            "$.offers[3].when.excludes",
            "$.offers[4].when.requires",
            "$.offers[4].when.excludes",
            "$.offers[4].value.margin",
            "$.offers[4].value.margin");
    assertThat(violations(json))
        .extracting(Violation::message)
        .contains(
            "an UPSELL needs at least one plan",
            "upgrades from 'pro', the plan it sells",
            "only an UPSELL has upgrade paths",
            "is required for a CROSS_SELL",
            "duplicate offer id 'c'",
            "an ADD_ON needs its base",
            "both requires and excludes 'base'",
            "must not be negative",
            "EUR, but $.offers[0].value.margin is in USD: one catalog, one currency");
  }

  @Test
  void aNullOrBrokenDocumentIsRefused() {
    assertThat(paths("null")).containsExactly("$");
    assertThat(paths("{\"offers\": [")).containsExactly("$");
  }

  @Test
  void aCatalogBuiltInCodeIsCheckedToo() {
    Offer bad =
        Offer.of(
            "x",
            OfferKind.ADD_ON,
            "p",
            OfferConditions.NONE,
            new OfferValue(Money.of("1.00", "USD"), Money.of("1.00", "USD")));
    assertThatThrownBy(() -> OfferCatalog.of(List.of(bad)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("$.offers[0].when.requires");
  }

  private static String simple(String kind, String coolDown) {
    return offer("\"id\": \"x\", " + kind + ", \"sells\": \"p\", " + VALUE + ", " + coolDown);
  }

  private static String offer(String fields) {
    return "{\"offers\": [{" + fields + "}]}";
  }

  private static List<Violation> violations(String json) {
    return Refusals.violations(LOADER::load, json);
  }

  private static List<String> paths(String json) {
    return violations(json).stream().map(Violation::path).distinct().toList();
  }

  private static List<String> messages(String json) {
    return violations(json).stream().map(Violation::message).toList();
  }
}
