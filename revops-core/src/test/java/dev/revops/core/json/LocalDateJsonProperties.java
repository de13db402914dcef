package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Dates read by {@link CanonicalLocalDateDeserializer} are read exactly as the JSR-310 module reads
 * them: the same value for every text it accepts, a failure of the same kind for every text it
 * refuses.
 */
class LocalDateJsonProperties {
  private static final ObjectMapper REVOPS = RevOpsJson.mapper();

  /** The same mapper with the JSR-310 module's own deserializer for dates (registered last). */
  private static final ObjectMapper PLAIN =
      RevOpsJson.mapper()
          .registerModule(
              new SimpleModule("jsr310-dates")
                  .addDeserializer(LocalDate.class, LocalDateDeserializer.INSTANCE));

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property(tries = 1000)
  void everyDateRoundTripsAndTheFastPathReadsWhatLocalDateWrites(@ForAll("dates") LocalDate date)
      throws Exception {
    String text = date.toString();
    assertThat(CanonicalLocalDateDeserializer.parse(text.toCharArray(), 0, text.length()))
        .isEqualTo(date);
    assertThat(REVOPS.readValue(REVOPS.writeValueAsString(date), LocalDate.class)).isEqualTo(date);
  }

  /** A date's text with one character replaced, inserted or deleted. */
  @Provide
  Arbitrary<String> nearlyCanonical() {
    Arbitrary<Character> noise = Arbitraries.of('0', '1', '3', '9', '-', 'T', '+', ' ', '/', 'x');
    return Jsr310Comparison.oneEditAway(dates().map(LocalDate::toString), 11, noise);
  }

  @Property(tries = 3000)
  void aTextNearTheFormIsReadAsTheJsr310ModuleReadsItOrRefusedAsItRefusesIt(
      @ForAll("nearlyCanonical") String text) throws Exception {
    String json = PLAIN.writeValueAsString(text);
    assertThat(outcome(REVOPS, json)).as(text).isEqualTo(outcome(PLAIN, json));
  }

  private static Object outcome(ObjectMapper mapper, String json) {
    return Jsr310Comparison.outcome(mapper, json, LocalDate.class);
  }

  /** A record with one value and no format of its own. */
  record PlainLocalDate(LocalDate value) {}

  @Test
  void theMapperReadsWithTheFastPathAtTheRootAndInAProperty() throws Exception {
    assertThat(Jsr310Comparison.atTheRoot(REVOPS, LocalDate.class))
        .isInstanceOf(CanonicalLocalDateDeserializer.class);
    assertThat(Jsr310Comparison.inAProperty(REVOPS, PlainLocalDate.class, "value"))
        .isInstanceOf(CanonicalLocalDateDeserializer.class);
  }

  /** A record with a format of its own for one date. */
  record Formatted(@JsonFormat(pattern = "dd.MM.yyyy") LocalDate on) {}

  @Test
  void aPropertyWithAFormatOfItsOwnIsReadWithThatFormat() throws Exception {
    assertThat(REVOPS.readValue("{\"on\":\"01.04.2024\"}", Formatted.class).on())
        .isEqualTo(LocalDate.of(2024, 4, 1));
  }

  @Test
  void otherFormsAndTokensGoToTheModule() {
    for (String json :
        List.of(
            "\"2024-04-01T10:15:30\"",
            "\" 2024-04-01 \"",
            "\"+12024-04-01\"",
            "\"2024-4-1\"",
            "\"\"",
            "[2024,4,1]",
            "19814",
            "\"2024-02-30\"",
            "\"2023-02-29\"",
            "\"2024-13-01\"")) {
      assertThat(outcome(REVOPS, json)).as(json).isEqualTo(outcome(PLAIN, json));
    }
    assertThat(outcome(REVOPS, "\"2024-02-30\"")).isNotInstanceOf(LocalDate.class);
    assertThat(outcome(REVOPS, "[2024,4,1]")).isEqualTo(LocalDate.of(2024, 4, 1));
  }
}
