package dev.revops.benchmarks.statemachine;

import static dev.revops.benchmarks.statemachine.InvoiceEvent.FINALIZE;
import static dev.revops.benchmarks.statemachine.InvoiceEvent.MARK_UNCOLLECTIBLE;
import static dev.revops.benchmarks.statemachine.InvoiceEvent.PAY;
import static dev.revops.benchmarks.statemachine.InvoiceStatus.DRAFT;
import static dev.revops.benchmarks.statemachine.InvoiceStatus.OPEN;
import static dev.revops.benchmarks.statemachine.InvoiceStatus.PAID;
import static dev.revops.benchmarks.statemachine.InvoiceStatus.UNCOLLECTIBLE;
import static dev.revops.benchmarks.statemachine.InvoiceStatus.VOID;

import com.github.oxo42.stateless4j.StateMachineConfig;
import dev.revops.core.statemachine.StateMachine;
import java.util.EnumSet;
import java.util.List;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;

/**
 * Builds the same invoice-like machine (draft, open, paid, void, uncollectible) in every engine of
 * the benchmark, from one list of moves. Each method returns the engine's shareable definition: the
 * thing a host builds once and keeps.
 */
public final class InvoiceMachines {
  /** One move of the machine. */
  record Move(InvoiceStatus from, InvoiceEvent event, InvoiceStatus to) {}

  /** Every move, the single source each engine's definition is built from. */
  static final List<Move> MOVES =
      List.of(
          new Move(DRAFT, FINALIZE, OPEN),
          new Move(OPEN, PAY, PAID),
          new Move(OPEN, InvoiceEvent.VOID, VOID),
          new Move(OPEN, MARK_UNCOLLECTIBLE, UNCOLLECTIBLE),
          new Move(UNCOLLECTIBLE, PAY, PAID),
          new Move(UNCOLLECTIBLE, InvoiceEvent.VOID, VOID));

  private InvoiceMachines() {}

  /**
   * Returns the revops definition (enum fast path). Immutable and thread-safe.
   *
   * @return the machine
   */
  public static StateMachine<InvoiceStatus, InvoiceEvent> revops() {
    StateMachine.Builder<InvoiceStatus, InvoiceEvent> b = StateMachine.builder(DRAFT);
    for (Move m : MOVES) {
      b.permit(m.from(), m.event(), m.to());
    }
    return b.terminal(PAID).terminal(VOID).build();
  }

  /**
   * Returns a Spring Statemachine factory: the shared definition from which each invoice gets its
   * own (mutable) machine. End states are not declared, which spares Spring its completion work.
   *
   * @return the factory
   */
  public static StateMachineFactory<InvoiceStatus, InvoiceEvent> spring() {
    try {
      StateMachineBuilder.Builder<InvoiceStatus, InvoiceEvent> b = StateMachineBuilder.builder();
      b.configureConfiguration().withConfiguration().autoStartup(false);
      b.configureStates().withStates().initial(DRAFT).states(EnumSet.allOf(InvoiceStatus.class));
      StateMachineTransitionConfigurer<InvoiceStatus, InvoiceEvent> t = b.configureTransitions();
      for (Move m : MOVES) {
        t.withExternal().source(m.from()).target(m.to()).event(m.event());
      }
      return b.createFactory();
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the invoice machine", e);
    }
  }

  /**
   * Returns the stateless4j configuration, shared by every machine instance.
   *
   * @return the configuration
   */
  public static StateMachineConfig<InvoiceStatus, InvoiceEvent> stateless4j() {
    StateMachineConfig<InvoiceStatus, InvoiceEvent> config = new StateMachineConfig<>();
    for (Move m : MOVES) {
      config.configure(m.from()).permit(m.event(), m.to());
    }
    config.configure(PAID);
    config.configure(VOID);
    return config;
  }

  /**
   * Returns the squirrel-foundation builder, shared by every machine instance. Final states are not
   * declared, which spares squirrel its termination work.
   *
   * @return the builder
   */
  public static org.squirrelframework.foundation.fsm.StateMachineBuilder<
          SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object>
      squirrel() {
    org.squirrelframework.foundation.fsm.StateMachineBuilder<
            SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object>
        b =
            StateMachineBuilderFactory.create(
                SquirrelInvoiceMachine.class,
                InvoiceStatus.class,
                InvoiceEvent.class,
                Object.class);
    for (Move m : MOVES) {
      b.externalTransition().from(m.from()).to(m.to()).on(m.event());
    }
    return b;
  }
}
