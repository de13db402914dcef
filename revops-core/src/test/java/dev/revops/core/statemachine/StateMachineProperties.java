package dev.revops.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid machines, random event sequences: the machine never leaves its definition. */
class StateMachineProperties {
  /** A generated definition plus the raw table it was built from, to check against. */
  record Generated(StateMachine<String, String> machine, Map<String, Map<String, String>> table) {}

  @Provide
  Arbitrary<Generated> machines() {
    Arbitrary<Integer> stateCount = Arbitraries.integers().between(1, 12);
    return stateCount.flatMap(
        n -> {
          Arbitrary<List<Integer>> parents =
              Arbitraries.integers().between(0, 1000).list().ofSize(n);
          Arbitrary<List<int[]>> extras =
              Combinators.combine(
                      Arbitraries.integers().between(0, n - 1),
                      Arbitraries.integers().between(0, 5),
                      Arbitraries.integers().between(0, n - 1))
                  .as((f, e, t) -> new int[] {f, e, t})
                  .list()
                  .ofMaxSize(30);
          return Combinators.combine(parents, extras).as((p, x) -> build(n, p, x));
        });
  }

  private static Generated build(int n, List<Integer> parents, List<int[]> extras) {
    Map<String, Map<String, String>> table = new HashMap<>();
    StateMachine.Builder<String, String> b = StateMachine.builder("s0");
    b.state("s0");
    table.put("s0", new HashMap<>());
    // a spanning tree keeps every state reachable: state i is reached from a lower state
    for (int i = 1; i < n; i++) {
      String from = "s" + (parents.get(i) % i);
      String event = "tree" + i;
      b.permit(from, event, "s" + i);
      table.computeIfAbsent(from, k -> new HashMap<>()).put(event, "s" + i);
      table.computeIfAbsent("s" + i, k -> new HashMap<>());
    }
    for (int[] x : extras) {
      String from = "s" + x[0];
      String event = "e" + x[1];
      if (table.get(from).putIfAbsent(event, "s" + x[2]) == null) {
        b.permit(from, event, "s" + x[2]);
      }
    }
    return new Generated(b.build(), table);
  }

  @Property(tries = 1000)
  void randomEventSequencesStayInsideTheDefinition(
      @ForAll("machines") Generated g, @ForAll("events") List<String> events) {
    StateMachine<String, String> m = g.machine();
    Set<String> states = new HashSet<>(m.states());
    String current = m.initialState();
    for (String event : events) {
      String expected = g.table().get(current).get(event);
      if (expected == null) {
        final String from = current;
        assertThatThrownBy(() -> m.next(from, event))
            .isInstanceOfSatisfying(
                IllegalTransitionException.class,
                e -> assertThat(e.allowed()).isEqualTo(g.table().get(from).keySet()));
      } else {
        current = m.next(current, event);
        assertThat(current).isEqualTo(expected);
      }
      assertThat(states).contains(current);
      assertThat(m.allowedEvents(current)).isEqualTo(g.table().get(current).keySet());
    }
  }

  @Provide
  Arbitrary<List<String>> events() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      names.add("e" + i);
    }
    for (int i = 1; i < 12; i++) {
      names.add("tree" + i);
    }
    names.add("unknown");
    return Arbitraries.of(names).list().ofMaxSize(60);
  }

  enum S {
    A,
    B,
    C,
    D
  }

  enum E {
    X,
    Y,
    Z
  }

  @Property(tries = 1000)
  void enumFastPathAgreesWithTheDefinition(
      @ForAll List<@net.jqwik.api.constraints.IntRange(min = 0, max = 35) Integer> cells,
      @ForAll List<E> events) {
    // cells pick (from, event, to) triples; A reaches everything through a fixed chain first
    StateMachine.Builder<S, E> b =
        StateMachine.<S, E>builder(S.A)
            .permit(S.A, E.X, S.B)
            .permit(S.B, E.X, S.C)
            .permit(S.C, E.X, S.D);
    Map<S, Map<E, S>> table = new HashMap<>();
    table.computeIfAbsent(S.A, k -> new HashMap<>()).put(E.X, S.B);
    table.computeIfAbsent(S.B, k -> new HashMap<>()).put(E.X, S.C);
    table.computeIfAbsent(S.C, k -> new HashMap<>()).put(E.X, S.D);
    for (int cell : cells) {
      S from = S.values()[cell % 4];
      E event = E.values()[(cell / 4) % 3];
      S to = S.values()[(cell / 12) % 3];
      if (table.computeIfAbsent(from, k -> new HashMap<>()).putIfAbsent(event, to) == null) {
        b.permit(from, event, to);
      }
    }
    StateMachine<S, E> m = b.build();
    S current = S.A;
    for (E e : events) {
      S expected = table.getOrDefault(current, Map.of()).get(e);
      assertThat(m.canFire(current, e)).isEqualTo(expected != null);
      if (expected != null) {
        current = m.next(current, e);
        assertThat(current).isEqualTo(expected);
      }
    }
  }
}
