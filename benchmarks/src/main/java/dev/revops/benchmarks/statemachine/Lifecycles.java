package dev.revops.benchmarks.statemachine;

import static dev.revops.benchmarks.statemachine.InvoiceStatus.DRAFT;

import com.github.oxo42.stateless4j.StateMachineConfig;
import dev.revops.core.statemachine.StateMachine;
import java.util.function.Consumer;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.access.StateMachineAccess;
import org.springframework.statemachine.config.StateMachineFactory;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * One invoice's lifecycle in each engine: start in DRAFT, apply a script of events, return the
 * final state. Each instance is one invoice, used by one thread at a time; the definition it was
 * made from is shared.
 *
 * <p>Starting over in DRAFT costs what each engine's API makes it cost: an assignment for revops
 * and the switch (the state lives in the caller's aggregate), an assignment for stateless4j (its
 * external-state constructor), a restore for Spring (stop, reset, start: what its persister does
 * for every request) and a new instance from the shared builder for squirrel (it has no reset).
 */
public final class Lifecycles {
  private Lifecycles() {}

  /** Applies a script of events to one invoice. */
  public interface Lifecycle {
    /**
     * Starts in DRAFT, applies every event and returns the final state.
     *
     * @param script the events, in order, not null
     * @return the state after the last event
     * @throws IllegalStateException when the engine refuses an event
     */
    InvoiceStatus run(InvoiceEvent[] script);
  }

  /** revops: the caller keeps the state, the shared machine says where an event leads. */
  public static final class Revops implements Lifecycle {
    private final StateMachine<InvoiceStatus, InvoiceEvent> machine;

    /**
     * Wraps a shared definition.
     *
     * @param machine the definition, not null
     */
    public Revops(StateMachine<InvoiceStatus, InvoiceEvent> machine) {
      this.machine = machine;
    }

    @Override
    public InvoiceStatus run(InvoiceEvent[] script) {
      InvoiceStatus state = DRAFT;
      for (InvoiceEvent e : script) {
        state = machine.next(state, e);
      }
      return state;
    }
  }

  /** The hand-written switch: the floor. */
  public static final class Switch implements Lifecycle {
    /** Makes the (stateless) lifecycle. */
    public Switch() {}

    @Override
    public InvoiceStatus run(InvoiceEvent[] script) {
      InvoiceStatus state = DRAFT;
      for (InvoiceEvent e : script) {
        state = SwitchInvoiceMachine.next(state, e);
      }
      return state;
    }
  }

  /** stateless4j with external state: the machine reads and writes this object's field. */
  public static final class Stateless4j implements Lifecycle {
    private InvoiceStatus state = DRAFT;
    private final com.github.oxo42.stateless4j.StateMachine<InvoiceStatus, InvoiceEvent> machine;

    /**
     * Makes a machine instance over a shared configuration.
     *
     * @param config the configuration, not null
     */
    public Stateless4j(StateMachineConfig<InvoiceStatus, InvoiceEvent> config) {
      this.machine =
          new com.github.oxo42.stateless4j.StateMachine<>(
              DRAFT, () -> state, s -> state = s, config);
    }

    @Override
    public InvoiceStatus run(InvoiceEvent[] script) {
      state = DRAFT;
      for (InvoiceEvent e : script) {
        machine.fire(e);
      }
      return state;
    }
  }

  /** squirrel-foundation: a new instance from the shared builder per invoice. */
  public static final class Squirrel implements Lifecycle {
    private final org.squirrelframework.foundation.fsm.StateMachineBuilder<
            SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object>
        builder;

    /**
     * Wraps a shared builder.
     *
     * @param builder the builder, not null
     */
    public Squirrel(
        org.squirrelframework.foundation.fsm.StateMachineBuilder<
                SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object>
            builder) {
      this.builder = builder;
    }

    @Override
    public InvoiceStatus run(InvoiceEvent[] script) {
      SquirrelInvoiceMachine machine = builder.newStateMachine(DRAFT);
      for (InvoiceEvent e : script) {
        machine.fire(e);
      }
      return machine.getCurrentState();
    }
  }

  /**
   * Spring Statemachine: one started machine per thread from the shared factory, restored to DRAFT
   * before each lifecycle; events are sent as pre-built messages and the result is checked.
   */
  public static final class Spring implements Lifecycle {
    private final org.springframework.statemachine.StateMachine<InvoiceStatus, InvoiceEvent>
        machine;
    private final Mono<Message<InvoiceEvent>>[] messages;
    private final Consumer<StateMachineAccess<InvoiceStatus, InvoiceEvent>> resetToDraft;

    /**
     * Gets and starts a machine from a shared factory.
     *
     * @param factory the factory, not null
     */
    @SuppressWarnings({"unchecked", "rawtypes", "deprecation"})
    public Spring(StateMachineFactory<InvoiceStatus, InvoiceEvent> factory) {
      this.machine = factory.getStateMachine();
      InvoiceEvent[] events = InvoiceEvent.values();
      this.messages = new Mono[events.length];
      for (InvoiceEvent e : events) {
        messages[e.ordinal()] = Mono.just(MessageBuilder.withPayload(e).build());
      }
      DefaultStateMachineContext<InvoiceStatus, InvoiceEvent> draft =
          new DefaultStateMachineContext<>(DRAFT, null, null, null);
      this.resetToDraft = access -> access.resetStateMachine(draft);
      machine.startReactively().block();
    }

    @Override
    public InvoiceStatus run(InvoiceEvent[] script) {
      restore();
      for (InvoiceEvent e : script) {
        StateMachineEventResult<InvoiceStatus, InvoiceEvent> result =
            machine.sendEvent(messages[e.ordinal()]).blockLast();
        if (result == null
            || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
          throw new IllegalStateException("Spring Statemachine refused " + e);
        }
      }
      return machine.getState().getId();
    }

    /**
     * Puts the machine back in DRAFT the way Spring's persister restores a machine: stop, reset,
     * start.
     *
     * @return the state after the restore, DRAFT
     */
    public InvoiceStatus restore() {
      machine.stopReactively().block();
      machine.getStateMachineAccessor().doWithAllRegions(resetToDraft);
      machine.startReactively().block();
      return machine.getState().getId();
    }
  }
}
