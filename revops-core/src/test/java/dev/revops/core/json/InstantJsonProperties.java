package dev.revops.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Instants read by {@link CanonicalInstantDeserializer} are read exactly as the JSR-310 module
 * reads them: the same value for every text it accepts, a failure for every text it refuses.
 */
class InstantJsonProperties {
  private static final ObjectMapper REVOPS = RevOpsJson.mapper();

  /** The same mapper with the JSR-310 module's own deserializer for instants (registered last). */
  private static final ObjectMapper PLAIN =
      RevOpsJson.mapper()
          .registerModule(
              new SimpleModule("jsr310-instants")
                  .addDeserializer(Instant.class, InstantDeserializer.INSTANT));

  @Provide
  Arbitrary<Instant> instants() {
    Arbitrary<Long> seconds =
        Arbitraries.longs()
            .between(
                Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
    Arbitrary<Integer> nanos =
        Arbitraries.oneOf(
            Arbitraries.just(0),
            Arbitraries.integers().between(0, 999).map(m -> m * 1_000_000),
            Arbitraries.integers().between(0, 999_999).map(u -> u * 1_000),
            Arbitraries.integers().between(0, 999_999_999));
    return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
  }

  @Property(tries = 1000)
  void everyInstantRoundTripsAndTheFastPathReadsWhatInstantWrites(
      @ForAll("instants") Instant instant) throws Exception {
    String text = instant.toString();
    assertThat(CanonicalInstantDeserializer.parse(text.toCharArray(), 0, text.length()))
        .isEqualTo(instant);
    assertThat(REVOPS.readValue(REVOPS.writeValueAsString(instant), Instant.class))
        .isEqualTo(instant);
  }

  @Provide
  Arbitrary<String> nearlyCanonical() {
    Arbitrary<String> canonical = instants().map(Instant::toString);
    Arbitrary<Character> noise =
        Arbitraries.of('0', '9', '5', '-', ':', 'T', 't', 'Z', 'z', '.', ' ', '+');
    return Jsr310Comparison.oneEditAway(canonical, 30, noise);
  }

  @Property(tries = 3000)
  void aTextNearTheFormIsReadAsTheJsr310ModuleReadsItOrRefusedAsItRefusesIt(
      @ForAll("nearlyCanonical") String text) throws Exception {
    String json = PLAIN.writeValueAsString(text);
    Object expected = outcome(PLAIN, json);
    Object actual = outcome(REVOPS, json);
    assertThat(actual).as(text).isEqualTo(expected);
  }

  private static Object outcome(ObjectMapper mapper, String json) {
    return Jsr310Comparison.outcome(mapper, json, Instant.class);
  }

  /** A record with one value and no format of its own. */
  record PlainInstant(Instant value) {}

  @Test
  void theMapperReadsWithTheFastPathAtTheRootAndInAProperty() throws Exception {
    assertThat(Jsr310Comparison.atTheRoot(REVOPS, Instant.class))
        .isInstanceOf(CanonicalInstantDeserializer.class);
    assertThat(Jsr310Comparison.inAProperty(REVOPS, PlainInstant.class, "value"))
        .isInstanceOf(CanonicalInstantDeserializer.class);
  }

  /** A record with a format of its own for one instant. */
  record Formatted(@JsonFormat(pattern = "yyyy-MM-dd HH:mm", timezone = "UTC") Instant at) {}

  @Test
  void aPropertyWithAFormatOfItsOwnIsReadWithThatFormat() throws Exception {
    assertThat(REVOPS.readValue("{\"at\":\"2024-04-01 12:30\"}", Formatted.class).at())
        .isEqualTo(Instant.parse("2024-04-01T12:30:00Z"));
  }

  @Test
  void numbersAndOtherFormsGoToTheModule() throws Exception {
    assertThat(REVOPS.readValue("1711974600.5", Instant.class))
        .isEqualTo(PLAIN.readValue("1711974600.5", Instant.class));
    for (String text :
        new String[] {
          "\"2024-04-01T12:30Z\"", "\"2024-04-01T12:30:00+01:00\"", "\" 2024-04-01T12:30:00Z\""
        }) {
      assertThat(outcome(REVOPS, text)).as(text).isEqualTo(outcome(PLAIN, text));
    }
    assertThat(outcome(REVOPS, "\"2024-02-30T00:00:00Z\""))
        .isEqualTo(outcome(PLAIN, "\"2024-02-30T00:00:00Z\""))
        .isNotInstanceOf(Instant.class);
  }
}
