package dev.revops.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.consent.Channel;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.RevOpsJson;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile lead captures: null elements are named, never a NullPointerException; control, ANSI,
 * line-break and bidi characters are refused (or, in attribute values, tab and line breaks
 * stripped), everything else is stored as given. The behaviour is the table in LeadCapture.
 */
class LeadCaptureHardeningTest {
  private final LeadFixtures f = new LeadFixtures();
  private final CaptureLead ok = LeadFixtures.webForm("Ann", "Doe", "Acme", "ann@acme.example");

  private List<Violation> refusal(CaptureLead cmd) {
    InvalidInputException e =
        (InvalidInputException)
            org.assertj.core.api.Assertions.catchThrowable(() -> f.service.capture(cmd));
    assertThat(e).as("refused with InvalidInputException").isNotNull();
    assertThat(f.leads.size()).as("nothing stored").isZero();
    return e.violations();
  }

  @Test
  void aNullAttributeValueIsNamedByItsKey() {
    Map<String, String> attributes = new HashMap<>();
    attributes.put("source", null);
    attributes.put("industry", "software");
    CaptureLead cmd = ok.withConsentAndAttributes(ok.consent(), attributes);
    assertThat(refusal(cmd))
        .containsExactly(new Violation("attributes.source", "must not be null"));
  }

  @Test
  void aNullAttributeKeyIsRefused() {
    Map<String, String> attributes = new HashMap<>();
    attributes.put(null, "x");
    CaptureLead cmd = ok.withConsentAndAttributes(ok.consent(), attributes);
    assertThat(refusal(cmd)).extracting(Violation::path).containsExactly("attributes");
  }

  @Test
  void aNullConsentChannelIsNamedByItsPosition() {
    CaptureLead cmd =
        ok.withConsentAndAttributes(
            new LinkedHashSet<>(Arrays.asList(Channel.EMAIL, Channel.SMS, null)), ok.attributes());
    assertThat(refusal(cmd)).containsExactly(new Violation("consent[2]", "must not be null"));
  }

  @Test
  void nullElementsFromJsonAreNamedToo() throws Exception {
    String json =
        "{\"origin\":{\"source\":\"WEB_FORM\",\"sourceDetail\":\"/p\",\"capturedAt\":"
            + "\"2026-03-02T09:00:00Z\"},\"person\":{\"lastName\":\"Doe\",\"country\":\"US\","
            + "\"attributes\":{\"source\":null}},\"contact\":{\"email\":\"a@b.example\","
            + "\"consent\":[null]}}";
    CaptureLead cmd = RevOpsJson.mapper().readValue(json, CaptureLead.class);
    assertThat(refusal(cmd))
        .extracting(Violation::path)
        .containsExactly("attributes.source", "consent", "consent[0]");
  }

  @Test
  void aMissingPartIsNamed() {
    assertThatThrownBy(() -> new CaptureLead(ok.origin(), null, ok.contact()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(Violation::path).containsExactly("person"));
  }

  static Stream<Arguments> hostileText() {
    List<String> hostile =
        List.of(
            "\u001B[31mred\u001B[0m", // ANSI colour (ESC)
            "\u009B31m", // ANSI colour (C1 CSI)
            "Ann\r\nBcc: x", // CR/LF
            "Ann\nDoe", // LF
            "Ann\tDoe", // tab
            "Ann\u0000", // NUL
            "Ann\u007F", // DEL
            "Ann\u0085", // C1 next line
            "Ann\u2028Doe", // line separator
            "\u202Egnp.exe", // right-to-left override
            "Ann\u202A", // left-to-right embedding
            "Ann\u2066x\u2069"); // isolate
    List<BiFunction<CaptureLead, String, CaptureLead>> fields =
        List.of(
            (c, s) -> c.withPerson(s, c.company()),
            (c, s) -> c.withPerson(new LeadPerson(null, s, null, null, "US", null)),
            (c, s) -> c.withPerson(c.firstName(), s),
            (c, s) -> c.withPerson(new LeadPerson(null, "Doe", null, s, "US", null)),
            (c, s) -> c.withSourceDetail(s, null),
            (c, s) -> c.withContactPoints("ann@acme.example", s));
    List<String> paths =
        List.of("firstName", "lastName", "company", "title", "sourceDetail", "phone");
    return hostile.stream()
        .flatMap(
            s ->
                Stream.iterate(0, i -> i < paths.size(), i -> i + 1)
                    .map(i -> Arguments.of(paths.get(i), fields.get(i), s)));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("hostileText")
  void controlAnsiLineBreakAndBidiCharactersAreRefusedInEveryTextField(
      String path, BiFunction<CaptureLead, String, CaptureLead> field, String text) {
    List<Violation> v = refusal(field.apply(ok, text));
    assertThat(v).extracting(Violation::path).contains(path);
    Violation named = v.stream().filter(x -> x.path().equals(path)).findFirst().orElseThrow();
    assertThat(named.message()).startsWith("must not contain control").contains("U+");
    assertThat(named.message()).doesNotContain(text).doesNotContain("\u001B");
  }

  @Test
  void anAttributeKeyWithAControlCharacterIsRefused() {
    CaptureLead cmd = ok.withConsentAndAttributes(ok.consent(), Map.of("a\u001Bb", "x"));
    assertThat(refusal(cmd)).extracting(Violation::path).containsExactly("attributes");
  }

  @Test
  void anAttributeValueWithAnEscapeOrBidiOverrideIsRefused() {
    CaptureLead cmd =
        ok.withConsentAndAttributes(
            ok.consent(), Map.of("industry", "\u001B[2Jsoftware", "notes", "a\u202Eb"));
    assertThat(refusal(cmd))
        .extracting(Violation::path)
        .containsExactly("attributes.industry", "attributes.notes");
  }

  @Test
  void tabsAndLineBreaksInAnAttributeValueBecomeSpaces() {
    CaptureLead cmd =
        ok.withConsentAndAttributes(
            ok.consent(), Map.of("notes", "first line\r\nsecond\nthird\r\tend"));
    Lead lead = f.service.capture(cmd).lead();
    assertThat(lead.attributes()).containsEntry("notes", "first line second third  end");
  }

  @Test
  void markupAndOtherScriptsAreStoredAsGiven() {
    CaptureLead cmd =
        ok.withPerson(
            new LeadPerson(
                "<script>alert(1)</script>",
                "محمد 李 😀",
                "O'Brien & \"Sons\" <b>",
                null,
                "us",
                Map.of("industry", "<img src=x onerror=y>")));
    Lead lead = f.service.capture(cmd).lead();
    assertThat(lead.firstName()).isEqualTo("<script>alert(1)</script>");
    assertThat(lead.lastName()).isEqualTo("محمد 李 😀");
    assertThat(lead.company()).isEqualTo("O'Brien & \"Sons\" <b>");
    assertThat(lead.attributes()).containsEntry("industry", "<img src=x onerror=y>");
  }

  @Test
  void aCleanCaptureStillPasses() {
    assertThat(new LeadCapture(dev.revops.core.validation.InputValidator.create()).validate(ok))
        .isEmpty();
  }
}
