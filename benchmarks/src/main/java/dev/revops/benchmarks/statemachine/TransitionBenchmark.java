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
 * definitions are shared ({@link Scope#Benchmark}), the invoices are per thread.
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

  /** The definitions, built once and shared by every thread. */
  @State(Scope.Benchmark)
  public static class Definitions {
    StateMachine<InvoiceStatus, InvoiceEvent> revops;
    StateMachineFactory<InvoiceStatus, InvoiceEvent> spring;
    StateMachineConfig<InvoiceStatus, InvoiceEvent> stateless4j;
    org.squirrelframework.foundation.fsm.StateMachineBuilder<
            SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object>
        squirrel;

    /** Builds every engine's definition. */
    @Setup(Level.Trial)
    public void build() {
      revops = InvoiceMachines.revops();
      spring = InvoiceMachines.spring();
      stateless4j = InvoiceMachines.stateless4j();
      squirrel = InvoiceMachines.squirrel();
    }
  }

  /** One thread's invoices, one per engine, and the script it alternates over. */
  @State(Scope.Thread)
  public static class Invoices {
    Lifecycles.Revops revops;
    Lifecycles.Switch handWritten;
    Lifecycles.Spring spring;
    Lifecycles.Stateless4j stateless4j;
    Lifecycles.Squirrel squirrel;
    InvoiceEvent[][] scripts;
    int next;

    /**
     * Makes this thread's invoices from the shared definitions and checks every engine agrees with
     * the switch.
     *
     * @param definitions the shared definitions
     */
    @Setup(Level.Trial)
    public void create(Definitions definitions) {
      revops = new Lifecycles.Revops(definitions.revops);
      handWritten = new Lifecycles.Switch();
      spring = new Lifecycles.Spring(definitions.spring);
      stateless4j = new Lifecycles.Stateless4j(definitions.stateless4j);
      squirrel = new Lifecycles.Squirrel(definitions.squirrel);
      scripts = TIMED_SCRIPTS.clone();
      check(revops, spring, stateless4j, squirrel);
    }

    InvoiceEvent[] script() {
      return scripts[next++ & 1];
    }

    void check(Lifecycles.Lifecycle... engines) {
      for (InvoiceEvent[] script : CHECKED_SCRIPTS) {
        InvoiceStatus expected = handWritten.run(script);
        for (Lifecycles.Lifecycle engine : engines) {
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
  }

  /**
   * revops {@code StateMachine.next}, enum fast path.
   *
   * @param invoices this thread's invoices
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus revops(Invoices invoices) {
    return invoices.revops.run(invoices.script());
  }

  /**
   * The hand-written switch (the floor).
   *
   * @param invoices this thread's invoices
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus handWrittenSwitch(Invoices invoices) {
    return invoices.handWritten.run(invoices.script());
  }

  /**
   * Spring Statemachine 4.0.
   *
   * @param invoices this thread's invoices
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus springStatemachine(Invoices invoices) {
    return invoices.spring.run(invoices.script());
  }

  /**
   * stateless4j 2.6.
   *
   * @param invoices this thread's invoices
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus stateless4j(Invoices invoices) {
    return invoices.stateless4j.run(invoices.script());
  }

  /**
   * squirrel-foundation 0.3.
   *
   * @param invoices this thread's invoices
   * @return the final state
   */
  @Benchmark
  @OperationsPerInvocation(TRANSITIONS)
  public InvoiceStatus squirrel(Invoices invoices) {
    return invoices.squirrel.run(invoices.script());
  }
}
