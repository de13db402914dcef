package dev.revops.core.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** What the tests of revops' fast paths for {@code java.time} values compare and look into. */
final class Jsr310Comparison {
  private Jsr310Comparison() {}

  /** What a mapper makes of a JSON text: the value read, or the class of the failure. */
  static Object outcome(ObjectMapper mapper, String json, Class<?> type) {
    try {
      return mapper.readValue(json, type);
    } catch (Exception e) {
      return e.getClass();
    }
  }

  /**
   * Texts one edit away from the canonical ones: a character replaced, inserted or deleted.
   *
   * @param canonical the canonical texts
   * @param longest the length of the longest
   * @param noise the characters put in
   */
  static Arbitrary<String> oneEditAway(
      Arbitrary<String> canonical, int longest, Arbitrary<Character> noise) {
    return Combinators.combine(
            canonical,
            Arbitraries.integers().between(0, longest - 1),
            noise,
            Arbitraries.integers().between(0, 2))
        .as(
            (t, at, ch, how) -> {
              int i = Math.min(at, t.length() - 1);
              return switch (how) {
                case 0 -> t.substring(0, i) + ch + t.substring(i + 1); // replace
                case 1 -> t.substring(0, i) + ch + t.substring(i); // insert
                default -> t.substring(0, i) + t.substring(i + 1); // delete
              };
            });
  }

  /** The deserializer a mapper reads a root value of the type with. */
  static JsonDeserializer<Object> atTheRoot(ObjectMapper mapper, Class<?> type) throws Exception {
    return context(mapper).findRootValueDeserializer(mapper.constructType(type));
  }

  /** The deserializer a mapper reads one property of a record with. */
  static JsonDeserializer<Object> inAProperty(
      ObjectMapper mapper, Class<? extends Record> record, String property) throws Exception {
    BeanDeserializerBase bean =
        (BeanDeserializerBase)
            context(mapper).findRootValueDeserializer(mapper.constructType(record));
    return bean.findProperty(property).getValueDeserializer();
  }

  private static DeserializationContext context(ObjectMapper mapper) {
    return ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), null, null);
  }
}
