package dev.revops.sales.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Personalisation never sends a message with a token left in it or a value missing: random
 * templates over the standard tokens, random contacts with some values missing or blank.
 */
class MessageTemplateProperties {
  private static final List<String> TOKENS = List.copyOf(Personalisation.STANDARD_TOKENS);

  record Case(String template, List<String> used, Map<String, String> values) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> literal =
        Arbitraries.strings()
            .withChars("abc XYZ,.!-:?{}")
            .ofMaxLength(12)
            .filter(
                s ->
                    !s.contains("{{")
                        && !s.contains("}}")
                        && !s.endsWith("{")
                        && !s.startsWith("}"));
    Arbitrary<List<String>> tokens = Arbitraries.of(TOKENS).list().ofMaxSize(6);
    Arbitrary<Map<String, String>> values =
        Arbitraries.maps(
                Arbitraries.of(TOKENS),
                Arbitraries.oneOf(
                    Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                    Arbitraries.of("", " ", "null")))
            .ofMaxSize(TOKENS.size());
    return Combinators.combine(literal.list().ofSize(7), tokens, values)
        .as(
            (lits, used, vals) -> {
              StringBuilder t = new StringBuilder(lits.get(0));
              for (int i = 0; i < used.size(); i++) {
                t.append("{{").append(used.get(i)).append("}}").append(lits.get(i + 1));
              }
              if (t.toString().isBlank()) {
                t.append("Hello");
              }
              return new Case(t.toString(), used, vals);
            })
        .filter(c -> !c.template().contains("}}}") && !c.template().contains("{{{"));
  }

  @Property(tries = 2000)
  void aCompleteRenderingHasEveryValueAndNoTokenOtherwiseNothingIsSent(@ForAll("cases") Case c) {
    MessageTemplate t = MessageTemplate.parse(c.template(), Set.of(), "$");
    assertThat(t.tokens()).containsExactlyElementsOf(c.used().stream().distinct().toList());
    Personalisation p = t.render(c.values());
    List<String> missing = new ArrayList<>();
    for (String tok : t.tokens()) {
      String v = c.values().get(tok);
      if (v == null || v.isBlank()) {
        missing.add(tok);
      }
    }
    if (missing.isEmpty()) {
      assertThat(p.isComplete()).isTrue();
      String expected = c.template();
      for (String tok : t.tokens()) {
        expected = expected.replace("{{" + tok + "}}", c.values().get(tok));
      }
      assertThat(p.text()).isEqualTo(expected);
    } else {
      assertThat(p.isComplete()).isFalse();
      assertThat(p.text()).isNull();
      assertThat(p.missing()).containsExactlyElementsOf(missing);
    }
  }

  @Property(tries = 500)
  void valuesAreInsertedAsTheyAreNeverReadAsTokens(@ForAll("cases") Case c) {
    Map<String, String> tricky = new HashMap<>();
    for (String tok : TOKENS) {
      tricky.put(tok, "{{" + tok + "}}");
    }
    MessageTemplate t = MessageTemplate.parse(c.template(), Set.of(), "$");
    Personalisation p = t.render(tricky);
    assertThat(p.isComplete()).isTrue();
    assertThat(p.text()).isEqualTo(c.template());
  }
}
