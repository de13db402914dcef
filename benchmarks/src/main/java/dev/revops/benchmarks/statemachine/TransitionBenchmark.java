package dev.revops.benchmarks.statemachine;

import static dev.revops.benchmarks.statemachine.InvoiceEvent.FINALIZE;
import static dev.revops.benchmarks.statemachine.InvoiceEvent.MARK_UNCOLLECTIBLE;
import static dev.revops.benchmarks.statemachine.InvoiceEvent.PAY;

import com.github.oxo42.stateless4j.StateMachineConfig;
import dev.revops.core.statemachine.StateMachine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.statemachine.config.StateMachineFactory;

/**
 * Transition throughput of the invoice machine, one thread. Each invocation runs one invoice
 * through three transitions (finalize, mark uncollectible, then pay or void, alternating so the
 * branch cannot be folded away) after starting it over in DRAFT; JMH reports per transition. The
 * definitions are shared ({@link Scope#Benchmark}), the invoices are per thread; each engine has
 * its own state classes, so a run builds and checks only the engine it measures.
 *
 * <p>Before anything is timed, every engine is checked against the hand-written switch on several
 * scripts; a mismatch aborts the run.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class TransitionBenchmark {
  /** Transitions per benchmark invocation. */
  static final int TRANSITIONS = 3;

  /** The scripts timed: both end the lifecycle, one in PAID, one in VOID. */
  static final InvoiceEvent[][] TIMED_SCRIPTS = {
    {FINALIZE, MARK_UNCOLLECTIBLE, PAY}, {FINALIZE, MARK_UNCOLLECTIBLE, InvoiceEvent.VOID}
  };

  /** The scripts every engine must agree on with the switch before the run. */
  static final List<InvoiceEvent[]> CHECKED_SCRIPTS =
      List.of(
          TIMED_SCRIPTS[0],
          TIMED_SCRIPTS[1],
          new InvoiceEvent[] {FINALIZE},
          new InvoiceEvent[] {FINALIZE, PAY},
          new InvoiceEvent[] {FINALIZE, InvoiceEvent.VOID},
          new InvoiceEvent[] {FINALIZE, MARK_UNCOLLECTIBLE});

  /**
   * One thread's invoice in one engine: the scripts it alternates over and the check it passes
   * before the run. Each engine has its own state classes, so a run sets up only the engine it
   * measures.
   */
  abstract static class Invoice {
    final InvoiceEvent[][] scripts = TIMED_SCRIPTS.clone();
    int next;

    InvoiceEvent[] script() {
      return scripts[next++ & 1];
    }

    /** Fails unless the engine ends where the switch ends, twice in a row, on every script. */
    static void check(Lifecycles.Lifecycle engine) {
      Lifecycles.Switch floor = new Lifecycles.Switch();
      for (InvoiceEvent[] script : CHECKED_SCRIPTS) {
        InvoiceStatus expected = floor.run(script);
        for (int round = 0; round < 2; round++) {
          InvoiceStatus actual = engine.run(script);
          if (actual != expected) {
            throw new IllegalStateException(
                engine.getClass().getSimpleName()
                    + " ended in "
                    + actual
                    + " where the switch ended in "
                    + expected
                    + " for "
                    + List.of(script));
          }
        }
      }
    }
  }

  /** The revops definition, shared by every thread. */
  @State(Scope.Benchmark)
  public static class RevopsDefinition {
    StateMachine<InvoiceStatus, InvoiceEvent> machine;

    /** Builds it. */
    @Setup(Level.Trial)
    public void build() {
      machine = InvoiceMachines.revops();
    }
  }

  /** A revops invoice: the state lives here, the definition is shared. */
  @State(Scope.Thread)
  public static class RevopsInvoice extends Invoice {
    Lifecycles.Revops lifecycle;

    /**
     * Makes and checks it.
     *
     * @param definition the shared definition
     */
    @Setup(Level.Trial)
    public void create(RevopsDefinition definition) {
      lifecycle = new Lifecycles.Revops(definition.machine);
      check(lifecycle);
    }
  }

  /** An invoice run by the hand-written switch. */
  @State(Scope.Thread)
  public static class SwitchInvoice extends Invoice {
    Lifecycles.Switch lifecycle;

    /** Makes it. */
    @Setup(Level.Trial)
    public void create() {
      lifecycle = new Lifecycles.Switch();
      check(lifecycle);
    }
  }

  /** The Spring Statemachine factory, shared by every thread. */
  @State(Scope.Benchmark)
  public static class SpringDefinition {
    StateMachineFactory<InvoiceStatus, InvoiceEvent> factory;

    /** Builds it. */
    @Setup(Level.Trial)
    public void build() {
      factory = InvoiceMachines.spring();
    }
  }

  /** A Spring Statemachine invoice: this thread's machine from the shared factory. */
  @State(Scope.Thread)
  public static class SpringInvoice extends Invoice {
    Lifecycles.Spring lifecycle;

    /**
     * Makes and checks it.
     *
     * @param definition the shared factory
     */
    @Setup(Level.Trial)
    public void create(SpringDefinition definition) {
      lifecycle = new Lifecycles.Spring(definition.factory);
      check(lifecycle);
    }
  }

  /** The stateless4j configuration, shared by every thread. */
  @State(Scope.Benchmark)
  public static class Stateless4jDefinition {
    StateMachineConfig<InvoiceStatus, InvoiceEvent> config;

    /** Builds it. */
    @Setup(Level.Trial)
    public void build() {
      config = InvoiceMachines.stateless4j();
    }
  }

  /** A stateless4j invoice: this thread's machine over the shared configuration. */
  @State(Scope.Thread)
  public static class Stateless4jInvoice extends Invoice {
    Lifecycles.Stateless4j lifecycle;

    /**
     * Makes and checks it.
     *
     * @param definition the shared configuration
     */
    @Setup(Level.Trial)
    public void create(Stateless4jDefinition definition) {
      lifecycle = new Lifecycles.Stateless4j(definition.config);
      check(lifecycle);
    }
  }

  /** The squirrel-foundation builder, shared by every thread. */
  @State(Scope.Benchmark)
  public static class SquirrelDefinition {
    org.squirrelframework.foundation.fsm.StateMachineBuilder<
            SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object>
        builder;

    /** Builds it. */
    @Setup(Level.Trial)
    public void build() {
      builder = InvoiceMachines.squirrel();
    }
  }

  /** A squirrel-foundation invoice: new instances from the shared builder. */
  @State(Scope.Thread)
  public static class SquirrelInvoice extends Invoice {
    Lifecycles.Squirrel lifecycle;

    /**
     * Makes and checks it.
     *
     * @param definition the shared builder
     */
    @Setup(Level.Trial)
    public void create(SquirrelDefinition definition) {
      lifecycle = new Lifecycles.Squirrel(definition.builder);
      check(lifecycle);
    }
  }

  /**
   * revops {@code StateMachine.next}, enum fast path.
   *
   * @param invoice this thread's invoice
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus revops(RevopsInvoice invoice) {
    return invoice.lifecycle.run(invoice.script());
  }

  /**
   * The hand-written switch (the floor).
   *
   * @param invoice this thread's invoice
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus handWrittenSwitch(SwitchInvoice invoice) {
    return invoice.lifecycle.run(invoice.script());
  }

  /**
   * Spring Statemachine 4.0.
   *
   * @param invoice this thread's invoice
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus springStatemachine(SpringInvoice invoice) {
    return invoice.lifecycle.run(invoice.script());
  }

  /**
   * Spring Statemachine's restore to DRAFT alone (stop, reset, start), once per invocation and not
   * divided by three: the part of {@link #springStatemachine} that is not a transition.
   *
   * @param invoice this thread's invoice
   * @return the state after the restore
   */
  @Benchmark
  public InvoiceStatus springRestoreOnly(SpringInvoice invoice) {
    return invoice.lifecycle.restore();
  }

  /**
   * stateless4j 2.6.
   *
   * @param invoice this thread's invoice
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus stateless4j(Stateless4jInvoice invoice) {
    return invoice.lifecycle.run(invoice.script());
  }

  /**
   * squirrel-foundation 0.3.
   *
   * @param invoice this thread's invoice
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus squirrel(SquirrelInvoice invoice) {
    return invoice.lifecycle.run(invoice.script());
  }
}
