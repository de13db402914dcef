package dev.revops.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.revops.core.FuzzBound;
import dev.revops.core.consent.Channel;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.id.LeadId;
import dev.revops.core.validation.InputValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Jazzer fuzz target for the lead capture validator ({@link LeadCapture#normalise}) over captures
 * built field by field from the fuzzer's bytes: any source, any text (nulls, control characters,
 * long strings), attributes with null keys and values, consent with null channels. Regression mode
 * over {@code src/test/resources/dev/revops/sales/lead/LeadCaptureFuzzTestInputs/} in every build;
 * {@code JAZZER_FUZZ=1 ./mvnw -pl revops-sales test -Dtest=LeadCaptureFuzzTest} fuzzes for its
 * {@code maxDuration}. The property: a normalised capture that makes a {@link Lead} and holds none
 * of the characters a capture refuses, or an {@link InvalidInputException} with violations whose
 * messages do not repeat the input; nothing else, within {@value FuzzBound#BOUND_MS} ms.
 */
class LeadCaptureFuzzTest {
  private static final LeadCapture CAPTURE = new LeadCapture(InputValidator.create());
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  static {
    CaptureLead ok = LeadFixtures.webForm("Ann", "Doe", "Acme", "ann@acme.example");
    for (int i = 0; i < 500; i++) {
      CAPTURE.normalise(ok);
      try {
        CAPTURE.normalise(ok.withPerson("A\u001Bx", null).withContactPoints("x", "y"));
      } catch (InvalidInputException expected) {
        // warming the refusal paths too
      }
    }
  }

  @FuzzTest(maxDuration = "2m")
  void normalise(FuzzedDataProvider data) {
    List<String> texts = new ArrayList<>();
    LeadSource source = data.consumeBoolean() ? null : data.pickValue(LeadSource.values());
    Map<String, String> attributes = new HashMap<>();
    for (int n = data.consumeInt(0, 3); n > 0; n--) {
      attributes.put(text(data, texts, 12), text(data, texts, 40));
    }
    Set<Channel> consent = new LinkedHashSet<>();
    for (int n = data.consumeInt(0, 3); n > 0; n--) {
      consent.add(data.consumeBoolean() ? null : data.pickValue(Channel.values()));
    }
    String firstName = text(data, texts, 20);
    String lastName = text(data, texts, 20);
    String company = text(data, texts, 20);
    String title = text(data, texts, 20);
    String country = text(data, texts, 3);
    String email = text(data, texts, 40);
    String phone = text(data, texts, 20);
    String detail = text(data, texts, 20);
    String referrer = text(data, texts, 20);
    CaptureLead cmd =
        new CaptureLead(
            new CaptureSource(source, detail, referrer, data.consumeBoolean() ? AT : null),
            new LeadPerson(firstName, lastName, company, title, country, attributes),
            new CaptureContact(email, phone, consent));
    int length = texts.stream().mapToInt(String::length).sum();

    long start = System.nanoTime();
    try {
      CaptureLead normal = CAPTURE.normalise(cmd);
      Lead lead = Lead.capture(LeadId.of("lead-1"), normal, LeadStatus.NEW).value();
      assertThat(lead.email() != null || lead.phone() != null).isTrue();
      assertThat(lead.country()).matches("[A-Z]{2}");
      for (String kept :
          List.of(lead.lastName(), lead.country(), String.valueOf(lead.firstName()))) {
        assertThat(LeadCapture.unsafeAt(kept, false)).isNegative();
      }
      lead.attributes()
          .forEach(
              (k, v) -> {
                assertThat(LeadCapture.unsafeAt(k, false)).isNegative();
                assertThat(LeadCapture.unsafeAt(v, false)).isNegative();
              });
    } catch (InvalidInputException e) {
      assertThat(e.violations()).isNotEmpty();
      for (Violation v : e.violations()) {
        for (String t : texts) {
          if (t.length() >= 8) {
            assertThat(v.message()).doesNotContain(t);
          }
        }
      }
    }
    FuzzBound.check(length, start, () -> CAPTURE.normalise(cmd));
  }

  private static String text(FuzzedDataProvider data, List<String> texts, int max) {
    if (data.consumeBoolean()) {
      return null;
    }
    String s = data.consumeString(data.consumeBoolean() ? max : 600);
    texts.add(s);
    return s;
  }
}
