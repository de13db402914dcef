package dev.revops.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ObjectLongMapProperties {
  /** One step: put (value set) or remove (value null) of a key from a small key space. */
  record Op(String key, Long value) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    // few distinct keys, many operations: long probe runs, removals in the middle of them, growth
    Arbitrary<String> keys = Arbitraries.integers().between(0, 40).map(i -> "s" + i);
    Arbitrary<Long> values =
        Arbitraries.longs().between(-5, 1_000_000).injectNull(0.35).map(v -> v);
    return Combinators.combine(keys, values).as(Op::new).list().ofMaxSize(400);
  }

  @Property(tries = 1000)
  void behavesLikeAHashMap(
      @ForAll("ops") List<Op> ops, @ForAll @IntRange(min = 1, max = 9) int expected) {
    ObjectLongMap<String> map = new ObjectLongMap<>(expected);
    Map<String, Long> model = new HashMap<>();
    for (Op op : ops) {
      if (op.value() == null) {
        assertThat(map.remove(op.key())).isEqualTo(model.remove(op.key()) != null);
      } else {
        map.put(op.key(), op.value());
        model.put(op.key(), op.value());
      }
      assertThat(map.size()).isEqualTo(model.size());
    }
    for (int i = 0; i <= 40; i++) {
      String key = "s" + i;
      assertThat(map.containsKey(key)).isEqualTo(model.containsKey(key));
      assertThat(map.get(key, Long.MIN_VALUE)).isEqualTo(model.getOrDefault(key, Long.MIN_VALUE));
    }
  }

  @Test
  void absentKeysReadAsTheDefaultAndNullIsRefused() {
    ObjectLongMap<String> map = new ObjectLongMap<>(1);
    assertThat(map.get("x", 7)).isEqualTo(7);
    assertThat(map.remove("x")).isFalse();
    map.put("x", 3);
    map.put("x", 4);
    assertThat(map.get("x", 7)).isEqualTo(4);
    assertThat(map.size()).isEqualTo(1);
    assertThatThrownBy(() -> map.put(null, 1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ObjectLongMap<String>(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
