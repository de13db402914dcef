package dev.revops.examples.small;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.metrics.subscription.SubscriptionFact;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV reader of {@link KpisFromCsv}: what it accepts and how it names what it refuses. */
class KpisFromCsvTest {
  static final String HEADER = KpisFromCsv.HEADER + "\n";

  private static List<SubscriptionFact> parse(String csv) throws IOException {
    return KpisFromCsv.parse(new BufferedReader(new StringReader(csv)));
  }

  private static List<Violation> refused(String csv) {
    InvalidInputException[] thrown = new InvalidInputException[1];
    assertThatThrownBy(() -> parse(csv))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
    return thrown[0].violations();
  }

  @Test
  void aWellFormedCsvIsReadInFileOrderSkippingBlankLinesAndAByteOrderMark() throws IOException {
    List<SubscriptionFact> facts =
        parse(
            "\uFEFF"
                + HEADER
                + "s-1,acme,99.00,USD,MONTHLY,2024-01-05,\r\n"
                + "\n"
                + "s-2,globex,1188.00,USD,YEARLY,2024-01-20,2024-06-01\n");
    assertThat(facts).extracting(SubscriptionFact::subscriptionId).containsExactly("s-1", "s-2");
    assertThat(facts.get(1).end()).hasToString("2024-06-01");
  }

  @Test
  void theHeaderIsRequired() {
    // without the check the first data row was taken for the header and dropped silently
    assertThat(refused("s-1,acme,99.00,USD,MONTHLY,2024-01-05,\n"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).isEqualTo("line 1");
              assertThat(v.message()).contains("expected the header", "got 's-1,acme,99.00,USD,");
            });
    assertThat(refused(""))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("empty"));
    assertThat(refused("subscription,account,price\n"))
        .extracting(Violation::path)
        .containsExactly("line 1");
  }

  @Test
  void everyBadRowIsNamedByItsLineAndColumn() {
    List<Violation> v =
        refused(
            HEADER
                + "s-1,acme,99.00,USD,MONTHLY,2024-01-05,\n"
                + "s-2,acme,abc,USD,MONTHLY,2024-01-05,\n"
                + "\n"
                + "s-3,acme,10.00,USD,WEEKLYISH,2024-13-01,\n"
                + "s-4,acme,10.00\n"
                + "s-5,,-10.00,USD,MONTHLY,2024-02-01,2024-01-01\n"
                + "s-6,acme,10.00,XYZ,MONTHLY,2024-02-01,\n");
    assertThat(v)
        .extracting(Violation::path)
        .containsExactly(
            "line 3", "line 5", "line 5", "line 6", "line 7", "line 7", "line 7", "line 8");
    assertThat(v.get(0).message()).startsWith("price: ");
    assertThat(v.get(1).message()).startsWith("interval 'WEEKLYISH'");
    assertThat(v.get(2).message()).isEqualTo("start: not a date (yyyy-mm-dd): '2024-13-01'");
    assertThat(v.get(3).message()).isEqualTo("expected 7 fields, got 3");
    assertThat(v.get(4).message()).startsWith("account: ");
    assertThat(v.get(5).message()).isEqualTo("price: must not be negative, got USD -10.00");
    assertThat(v.get(6).message()).isEqualTo("end: 2024-01-01 is before the start 2024-02-01");
    assertThat(v.get(7).message()).startsWith("currency: ");
  }

  static Stream<Arguments> booksRefusedOnOneLine() {
    return Stream.of(
        Arguments.of(
            "two currencies in one book",
            HEADER
                + "s-1,acme,99.00,USD,MONTHLY,2024-01-05,\n"
                + "s-2,globex,90.00,EUR,MONTHLY,2024-01-05,\n"
                + "s-3,initech,90.00,USD,MONTHLY,2024-01-05,\n",
            "line 3",
            "currency: EUR, but the book is in USD (from line 2); one book has one currency"),
        Arguments.of(
            "a duplicate subscription id, naming the first line",
            HEADER
                + "s-1,acme,99.00,USD,MONTHLY,2024-01-05,\n"
                + "s-2,acme,10.00,USD,MONTHLY,2024-01-05,\n"
                + "s-1,globex,99.00,USD,MONTHLY,2024-02-05,\n",
            "line 4",
            "subscription: duplicate id 's-1' (first on line 2)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("booksRefusedOnOneLine")
  void aBookIsRefusedWithOneViolation(String what, String csv, String path, String message) {
    assertThat(refused(csv))
        .singleElement()
        .satisfies(
            one -> {
              assertThat(one.path()).isEqualTo(path);
              assertThat(one.message()).isEqualTo(message);
            });
  }

  @Test
  void hostileFieldsAreQuotedShortAndEscapedAndManyBadRowsAreCounted() {
    String evil = "\u001B[31m\u0007\u202E" + "x".repeat(10_000);
    List<Violation> v = refused(HEADER + "s-1,acme,1.00,USD," + evil + ",2024-01-05,\n");
    assertThat(v.get(0).message())
        .contains("\\u001B", "\\u0007", "\\u202E", "…")
        .doesNotContain("\u001B", "\u202E")
        .hasSizeLessThan(120);
    StringBuilder many = new StringBuilder(HEADER);
    for (int i = 0; i < 250; i++) {
      many.append("s-").append(i).append(",acme,1.00,USD,DAILYISH,2024-01-05,\n");
    }
    List<Violation> all = refused(many.toString());
    assertThat(all).hasSize(KpisFromCsv.MAX_REPORTED_ROWS + 1);
    assertThat(all.get(0).path()).isEqualTo("line 2");
    assertThat(all.get(KpisFromCsv.MAX_REPORTED_ROWS).message())
        .isEqualTo("150 more bad rows are not listed");
  }
}
