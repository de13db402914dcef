package dev.revops.sales;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.statemachine.StateMachine;
import dev.revops.core.statemachine.Transition;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of every sales and service lifecycle, with its message: each event a state has no
 * move for is refused naming the state and the events it does allow.
 */
class LifecycleRefusalsTest {
  @Test
  void everyMissingMoveIsRefusedWithTheAllowedEvents() {
    int refusals = 0;
    for (Map.Entry<String, StateMachine<?, ?>> e : StateDiagramsTest.machines().entrySet()) {
      refusals += check(e.getValue());
    }
    org.assertj.core.api.Assertions.assertThat(refusals).isGreaterThan(150);
  }

  private static <S, E> int check(StateMachine<S, E> m) {
    Set<E> events = new LinkedHashSet<>();
    for (Transition<S, E> t : m.transitions()) {
      events.add(t.event());
    }
    int n = 0;
    for (S s : m.states()) {
      for (E event : events) {
        if (m.find(s, event) == null) {
          n++;
          assertThatThrownBy(() -> m.next(s, event))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessage(
                  "Cannot fire "
                      + event
                      + " in state "
                      + s
                      + "; allowed events: "
                      + m.allowedEvents(s));
        }
      }
    }
    return n;
  }
}
