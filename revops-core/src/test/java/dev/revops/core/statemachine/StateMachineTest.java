package dev.revops.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidDefinitionException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StateMachineTest {
  enum Status {
    DRAFT,
    OPEN,
    PAID,
    VOID,
    UNCOLLECTIBLE
  }

  enum Event {
    FINALIZE,
    PAY,
    VOID,
    MARK_UNCOLLECTIBLE
  }

  static final StateMachine<Status, Event> INVOICE =
      StateMachine.<Status, Event>builder(Status.DRAFT)
          .permit(Status.DRAFT, Event.FINALIZE, Status.OPEN)
          .permit(Status.OPEN, Event.PAY, Status.PAID)
          .permit(Status.OPEN, Event.VOID, Status.VOID)
          .permit(Status.OPEN, Event.MARK_UNCOLLECTIBLE, Status.UNCOLLECTIBLE)
          .permit(Status.UNCOLLECTIBLE, Event.PAY, Status.PAID)
          .permit(Status.UNCOLLECTIBLE, Event.VOID, Status.VOID)
          .terminal(Status.PAID)
          .terminal(Status.VOID)
          .build();

  @Test
  void legalMovesLeadWhereDefined() {
    assertThat(INVOICE.next(Status.DRAFT, Event.FINALIZE)).isEqualTo(Status.OPEN);
    assertThat(INVOICE.next(Status.UNCOLLECTIBLE, Event.PAY)).isEqualTo(Status.PAID);
    assertThat(INVOICE.canFire(Status.OPEN, Event.PAY)).isTrue();
    assertThat(INVOICE.canFire(Status.PAID, Event.PAY)).isFalse();
    assertThat(INVOICE.allowedEvents(Status.OPEN))
        .containsExactly(Event.PAY, Event.VOID, Event.MARK_UNCOLLECTIBLE);
    assertThat(INVOICE.terminalStates()).containsExactlyInAnyOrder(Status.PAID, Status.VOID);
    assertThat(INVOICE.initialState()).isEqualTo(Status.DRAFT);
  }

  @Test
  void illegalMoveNamesStateEventAndAllowedEvents() {
    assertThatThrownBy(() -> INVOICE.next(Status.DRAFT, Event.PAY))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(Status.DRAFT);
              assertThat(e.event()).isEqualTo(Event.PAY);
              assertThat(e.allowed()).isEqualTo(java.util.Set.of(Event.FINALIZE));
            })
        .hasMessage("Cannot fire PAY in state DRAFT; allowed events: [FINALIZE]");
    // a finalised invoice never returns to draft: no event leads there
    for (Status s : Status.values()) {
      for (Event e : Event.values()) {
        if (INVOICE.canFire(s, e)) {
          assertThat(INVOICE.next(s, e)).isNotEqualTo(Status.DRAFT);
        }
      }
    }
  }

  @Test
  void guardsReadAContextAndNameThemselvesWhenTheyRefuse() {
    StateMachine<String, String> m =
        StateMachine.<String, String>builder("trialing")
            .<Boolean>permitIf("trialing", "trial_end", "active", "has payment method", b -> b)
            .permit("trialing", "cancel", "cancelled")
            .build();
    assertThat(m.next("trialing", "trial_end", true)).isEqualTo("active");
    assertThatThrownBy(() -> m.next("trialing", "trial_end", false))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("guard 'has payment method' refused it")
        .hasMessageContaining("allowed events: [cancel]");
    assertThat(m.allowedEvents("trialing", false)).containsExactly("cancel");
    assertThat(m.allowedEvents("trialing", true)).containsExactly("trial_end", "cancel");
    assertThat(m.canFire("trialing", "trial_end", false)).isFalse();
  }

  @Test
  void fireRecordsWhoMovedWhatWhen() {
    Instant at = Instant.parse("2026-01-01T10:00:00Z");
    TransitionRecord<Status, Event> record =
        INVOICE.fire(Status.OPEN, Event.PAY, null, at, "user-42");
    assertThat(record)
        .isEqualTo(new TransitionRecord<>(Status.OPEN, Event.PAY, Status.PAID, at, "user-42"));
  }

  @Test
  void hostsExtendADefinitionWithoutChangingIt() {
    StateMachine<String, String> base =
        StateMachine.<String, String>builder("new").permit("new", "qualify", "qualified").build();
    StateMachine<String, String> extended =
        base.toBuilder()
            .permit("new", "nurture", "nurturing")
            .permit("nurturing", "qualify", "qualified")
            .build();
    assertThat(extended.next("nurturing", "qualify")).isEqualTo("qualified");
    assertThat(base.states()).doesNotContain("nurturing");
  }

  @Test
  void unknownInitialStateIsRejected() {
    assertThatThrownBy(
            () -> StateMachine.<String, String>builder("ghost").permit("a", "go", "b").build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("the initial state ghost is unknown");
  }

  @Test
  void missingInitialStateIsRejected() {
    assertThatThrownBy(
            () -> StateMachine.<String, String>builder(null).permit("a", "go", "b").build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("the initial state is missing");
  }

  @Test
  void duplicateStateEventPairIsRejected() {
    assertThatThrownBy(
            () ->
                StateMachine.<String, String>builder("a")
                    .permit("a", "go", "b")
                    .permit("a", "go", "c")
                    .build())
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly("duplicate move (a, go): already goes to b, again to c"));
  }

  @Test
  void exitFromTerminalStateIsRejected() {
    assertThatThrownBy(
            () ->
                StateMachine.<String, String>builder("a")
                    .permit("a", "pay", "paid")
                    .terminal("paid")
                    .permit("paid", "reopen", "a")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("terminal state paid has a move out of it (reopen -> a)");
  }

  @Test
  void unreachableStatesAreRejected() {
    assertThatThrownBy(
            () ->
                StateMachine.<String, String>builder("a")
                    .permit("a", "go", "b")
                    .permit("x", "go", "y")
                    .state("z")
                    .build())
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("unreachable from a: [x, y, z]");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                StateMachine.<String, String>builder("a")
                    .permit("a", "go", "b")
                    .permit("a", "go", "b")
                    .terminal("b")
                    .permit("b", "back", "a")
                    .state("lost")
                    .build())
        .isInstanceOfSatisfying(
            InvalidDefinitionException.class, e -> assertThat(e.problems()).hasSize(3));
  }

  @Test
  void mermaidIsGeneratedFromTheDefinition() {
    assertThat(INVOICE.toMermaid())
        .isEqualTo(
            """
            stateDiagram-v2
                [*] --> DRAFT
                DRAFT --> OPEN : FINALIZE
                OPEN --> PAID : PAY
                OPEN --> VOID : VOID
                OPEN --> UNCOLLECTIBLE : MARK_UNCOLLECTIBLE
                UNCOLLECTIBLE --> PAID : PAY
                UNCOLLECTIBLE --> VOID : VOID
                PAID --> [*]
                VOID --> [*]
            """);
  }

  @Test
  void mermaidQuotesStatesThatAreNotIdentifiers() {
    StateMachine<String, String> m =
        StateMachine.<String, String>builder("pending close")
            .<Object>permitIf("pending close", "timeout", "closed", "auto-close due", x -> true)
            .build();
    assertThat(m.toMermaid())
        .contains("state \"pending close\" as pending_close")
        .contains("pending_close --> closed : timeout [auto-close due]");
  }
}
