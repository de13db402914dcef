package dev.revops.core.statemachine;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.IllegalTransitionException;
import dev.revops.core.error.InvalidDefinitionException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A state machine definition: which events move which state to which, checked once when built and
 * then shared, immutable and thread-safe, by every instance of the lifecycle it describes. The
 * machine holds no current state; callers keep the state in their own aggregate and ask the machine
 * where an event leads.
 *
 * <pre>{@code
 * StateMachine<Status, Event> machine = StateMachine.<Status, Event>builder(DRAFT)
 *     .permit(DRAFT, FINALIZE, OPEN)
 *     .permit(OPEN, PAY, PAID)
 *     .build();
 * machine.next(OPEN, PAY);          // PAID
 * machine.allowedEvents(OPEN);      // [PAY]
 * }</pre>
 *
 * <p>When both the state and the event types are enums, lookups go through an array indexed by
 * ordinals: no allocation, no locking, no hashing per transition. Other types (records or strings,
 * for lifecycles a host extends with its own statuses) go through hash maps.
 *
 * @param <S> the state type; equals/hashCode must be value-based
 * @param <E> the event type; equals/hashCode must be value-based
 */
public final class StateMachine<S, E> {
  private final S initial;
  private final Set<S> states;
  private final Set<S> declaredTerminals;
  private final List<Transition<S, E>> transitions;
  private final Map<S, Map<E, Transition<S, E>>> byState;
  private final Map<S, Set<E>> allowed;
  private final Class<?> stateEnum;
  private final Class<?> eventEnum;
  private final Transition<S, E>[][] table;

  /**
   * The enum fast path of {@link #next}: {@code targets[from * eventCount + event]} is the target
   * of an unguarded move, or null (no move, or a guarded one: both take the general path).
   */
  private final Object[] targets;

  private final int eventCount;

  @SuppressWarnings({"unchecked", "rawtypes"})
  private StateMachine(Builder<S, E> b) {
    this.initial = b.initial;
    this.states = Collections.unmodifiableSet(new LinkedHashSet<>(b.states));
    this.declaredTerminals = Collections.unmodifiableSet(new LinkedHashSet<>(b.terminals));
    this.transitions = List.copyOf(b.transitions);
    Map<S, Map<E, Transition<S, E>>> map = new HashMap<>();
    Map<S, Set<E>> allowedMap = new HashMap<>();
    for (S s : states) {
      map.put(s, new LinkedHashMap<>());
    }
    for (Transition<S, E> t : transitions) {
      map.get(t.from()).put(t.event(), t);
    }
    for (S s : states) {
      Map<E, Transition<S, E>> out = map.get(s);
      map.put(s, Collections.unmodifiableMap(out));
      allowedMap.put(s, Collections.unmodifiableSet(new LinkedHashSet<>(out.keySet())));
    }
    this.byState = Collections.unmodifiableMap(map);
    this.allowed = Collections.unmodifiableMap(allowedMap);

    Class<?> sEnum = enumClassOf(states);
    Set<E> events = new LinkedHashSet<>();
    for (Transition<S, E> t : transitions) {
      events.add(t.event());
    }
    Class<?> eEnum = enumClassOf(events);
    if (sEnum != null && eEnum != null) {
      int ns = sEnum.getEnumConstants().length;
      int ne = eEnum.getEnumConstants().length;
      Transition<S, E>[][] t = new Transition[ns][ne];
      for (Transition<S, E> tr : transitions) {
        t[((Enum<?>) tr.from()).ordinal()][((Enum<?>) tr.event()).ordinal()] = tr;
      }
      Object[] flat = new Object[ns * ne];
      for (Transition<S, E> tr : transitions) {
        if (!tr.guarded()) {
          flat[((Enum<?>) tr.from()).ordinal() * ne + ((Enum<?>) tr.event()).ordinal()] = tr.to();
        }
      }
      this.table = t;
      this.targets = flat;
      this.eventCount = ne;
      this.stateEnum = sEnum;
      this.eventEnum = eEnum;
    } else {
      this.table = null;
      this.targets = null;
      this.eventCount = 0;
      this.stateEnum = null;
      this.eventEnum = null;
    }
  }

  private static Class<?> enumClassOf(Set<?> values) {
    Class<?> type = null;
    for (Object v : values) {
      if (!(v instanceof Enum<?> e)) {
        return null;
      }
      Class<?> c = e.getDeclaringClass();
      if (type == null) {
        type = c;
      } else if (type != c) {
        return null;
      }
    }
    return type;
  }

  /**
   * Starts a definition whose instances begin in {@code initial}.
   *
   * @param initial the state a new instance starts in; it must appear in a move or be declared
   * @param <S> the state type
   * @param <E> the event type
   * @return a builder
   */
  public static <S, E> Builder<S, E> builder(S initial) {
    return new Builder<>(initial);
  }

  /**
   * Starts a builder holding every state and move of this machine, to extend it (a host adding its
   * own statuses) without changing the original.
   *
   * @return a builder pre-filled with this definition
   */
  public Builder<S, E> toBuilder() {
    Builder<S, E> b = new Builder<>(initial);
    b.states.addAll(states);
    b.terminals.addAll(declaredTerminals);
    b.transitions.addAll(transitions);
    return b;
  }

  /**
   * Returns where an event leads, evaluating guards with a {@code null} context.
   *
   * @param from the current state
   * @param event the event
   * @return the next state
   * @throws IllegalTransitionException when the move does not exist or a guard refuses it
   */
  public S next(S from, E event) {
    return next(from, event, null);
  }

  /**
   * Returns where an event leads, evaluating guards against a context.
   *
   * @param from the current state
   * @param event the event
   * @param context what the guards read (an aggregate, a command); may be null
   * @return the next state
   * @throws IllegalTransitionException when the move does not exist or a guard refuses it
   */
  @SuppressWarnings("unchecked")
  public S next(S from, E event, Object context) {
    // Fast path: exact enum classes (constants without bodies), an unguarded move. One array read.
    if (targets != null
        && from != null
        && event != null
        && from.getClass() == stateEnum
        && event.getClass() == eventEnum) {
      Object to = targets[((Enum<?>) from).ordinal() * eventCount + ((Enum<?>) event).ordinal()];
      if (to != null) {
        return (S) to;
      }
    }
    Transition<S, E> t = find(from, event);
    if (t == null) {
      throw new IllegalTransitionException(from, event, allowedEvents(from), null);
    }
    if (t.guard() != null && !t.guard().test(context)) {
      throw new IllegalTransitionException(
          from, event, allowedEvents(from, context), "guard '" + t.guardName() + "' refused it");
    }
    return t.to();
  }

  /**
   * Fires an event and returns the record of the move, for an audit trail.
   *
   * @param from the current state
   * @param event the event
   * @param context what the guards read; may be null
   * @param at when it happens
   * @param actor who makes the move
   * @return the record of the move
   * @throws IllegalTransitionException when the move does not exist or a guard refuses it
   */
  public TransitionRecord<S, E> fire(S from, E event, Object context, Instant at, String actor) {
    S to = next(from, event, context);
    return new TransitionRecord<>(from, event, to, at, actor);
  }

  /**
   * Tells whether an event may fire, evaluating guards with a {@code null} context.
   *
   * @param from the current state
   * @param event the event
   * @return true when {@link #next(Object, Object)} would succeed
   */
  public boolean canFire(S from, E event) {
    return canFire(from, event, null);
  }

  /**
   * Tells whether an event may fire with a context.
   *
   * @param from the current state
   * @param event the event
   * @param context what the guards read; may be null
   * @return true when {@link #next(Object, Object, Object)} would succeed
   */
  public boolean canFire(S from, E event, Object context) {
    Transition<S, E> t = find(from, event);
    return t != null && t.allows(context);
  }

  /**
   * Returns the events a state has moves for, guards not evaluated (for a UI's buttons, the result
   * is shared and unmodifiable; nothing is allocated).
   *
   * @param from the state
   * @return the events, in the order they were defined; empty for a terminal or unknown state
   */
  public Set<E> allowedEvents(S from) {
    Set<E> events = allowed.get(from);
    return events == null ? Set.of() : events;
  }

  /**
   * Returns the events that may fire in a state with a context, guards evaluated.
   *
   * @param from the state
   * @param context what the guards read; may be null
   * @return the events, in definition order
   */
  public Set<E> allowedEvents(S from, Object context) {
    Map<E, Transition<S, E>> out = byState.get(from);
    if (out == null) {
      return Set.of();
    }
    Set<E> result = new LinkedHashSet<>();
    for (Transition<S, E> t : out.values()) {
      if (t.allows(context)) {
        result.add(t.event());
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * Returns the move for a state and an event, if defined.
   *
   * @param from the state
   * @param event the event
   * @return the move, or {@code null} when there is none
   */
  public Transition<S, E> find(S from, E event) {
    if (table != null
        && from instanceof Enum<?> s
        && event instanceof Enum<?> e
        && s.getDeclaringClass() == stateEnum
        && e.getDeclaringClass() == eventEnum) {
      return table[s.ordinal()][e.ordinal()];
    }
    if (from == null || event == null) {
      throw new NullPointerException(from == null ? "from" : "event");
    }
    Map<E, Transition<S, E>> out = byState.get(from);
    return out == null ? null : out.get(event);
  }

  /**
   * Returns the state new instances start in.
   *
   * @return the initial state
   */
  public S initialState() {
    return initial;
  }

  /**
   * Returns every state of the definition.
   *
   * @return the states, in the order they were first named
   */
  public Set<S> states() {
    return states;
  }

  /**
   * Returns every move of the definition.
   *
   * @return the moves, in definition order
   */
  public List<Transition<S, E>> transitions() {
    return transitions;
  }

  /**
   * Tells whether a state has no way out.
   *
   * @param state the state
   * @return true when no event leaves it
   */
  public boolean isTerminal(S state) {
    return allowedEvents(state).isEmpty();
  }

  /**
   * Returns the states with no way out.
   *
   * @return the terminal states
   */
  public Set<S> terminalStates() {
    Set<S> result = new LinkedHashSet<>();
    for (S s : states) {
      if (isTerminal(s)) {
        result.add(s);
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * Writes the definition as a Mermaid {@code stateDiagram-v2}, for the docs: diagrams are
   * generated, never drawn by hand.
   *
   * @return the Mermaid source
   */
  public String toMermaid() {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    Map<S, String> ids = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (S s : states) {
      String base = String.valueOf(s).replaceAll("[^A-Za-z0-9_]", "_");
      if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
        base = "s_" + base;
      }
      String id = base;
      for (int i = 2; !used.add(id); i++) {
        id = base + "_" + i;
      }
      ids.put(s, id);
      if (!id.equals(String.valueOf(s))) {
        sb.append("    state \"").append(escape(String.valueOf(s))).append("\" as ").append(id);
        sb.append('\n');
      }
    }
    sb.append("    [*] --> ").append(ids.get(initial)).append('\n');
    for (Transition<S, E> t : transitions) {
      sb.append("    ")
          .append(ids.get(t.from()))
          .append(" --> ")
          .append(ids.get(t.to()))
          .append(" : ")
          .append(escape(String.valueOf(t.event())));
      if (t.guarded()) {
        sb.append(" [").append(escape(t.guardName())).append(']');
      }
      sb.append('\n');
    }
    for (S s : terminalStates()) {
      sb.append("    ").append(ids.get(s)).append(" --> [*]\n");
    }
    return sb.toString();
  }

  private static String escape(String text) {
    return text.replace("\"", "'").replace(":", " ").replace("\n", " ");
  }

  @Override
  public String toString() {
    return "StateMachine[initial="
        + initial
        + ", states="
        + states.size()
        + ", transitions="
        + transitions.size()
        + "]";
  }

  /**
   * Builds a {@link StateMachine}. Not thread-safe; the machine it builds is. {@link #build()}
   * checks the whole definition and reports every problem at once.
   *
   * @param <S> the state type
   * @param <E> the event type
   */
  public static final class Builder<S, E> {
    private final S initial;
    private final Set<S> states = new LinkedHashSet<>();
    private final Set<S> terminals = new LinkedHashSet<>();
    private final List<Transition<S, E>> transitions = new ArrayList<>();

    private Builder(S initial) {
      this.initial = initial;
    }

    /**
     * Declares a state without a move yet (it must still be reachable when built).
     *
     * @param state the state
     * @return this builder
     */
    public Builder<S, E> state(S state) {
      states.add(requireNonNull(state, "state"));
      return this;
    }

    /**
     * Declares a terminal state: {@link #build()} rejects any move out of it.
     *
     * @param state the state
     * @return this builder
     */
    public Builder<S, E> terminal(S state) {
      states.add(requireNonNull(state, "state"));
      terminals.add(state);
      return this;
    }

    /**
     * Adds a move.
     *
     * @param from the source state
     * @param event the event
     * @param to the target state
     * @return this builder
     */
    public Builder<S, E> permit(S from, E event, S to) {
      return add(new Transition<>(from, event, to, null, null));
    }

    /**
     * Adds a guarded move: it happens only when the guard accepts the context passed to {@link
     * StateMachine#next(Object, Object, Object)}.
     *
     * @param from the source state
     * @param event the event
     * @param to the target state
     * @param guardName a name for errors and diagrams
     * @param guard the condition; side-effect free and thread-safe
     * @param <C> the context type the guard reads
     * @return this builder
     */
    @SuppressWarnings("unchecked")
    public <C> Builder<S, E> permitIf(
        S from, E event, S to, String guardName, Predicate<? super C> guard) {
      requireNonNull(guardName, "guardName");
      requireNonNull(guard, "guard");
      Predicate<Object> g = context -> ((Predicate<Object>) guard).test(context);
      return add(new Transition<>(from, event, to, guardName, g));
    }

    /**
     * Adds the same event from several states to one target.
     *
     * @param event the event
     * @param to the target state
     * @param froms the source states
     * @return this builder
     */
    @SafeVarargs
    public final Builder<S, E> permitFromAll(E event, S to, S... froms) {
      for (S from : froms) {
        permit(from, event, to);
      }
      return this;
    }

    private Builder<S, E> add(Transition<S, E> t) {
      transitions.add(t);
      states.add(t.from());
      states.add(t.to());
      return this;
    }

    /**
     * Checks and builds the definition. Rejected, with every problem named: a missing or unknown
     * initial state, two moves for the same state and event, a move out of a declared terminal
     * state, and states that cannot be reached from the initial state.
     *
     * @return the machine
     * @throws InvalidDefinitionException listing every problem
     */
    public StateMachine<S, E> build() {
      List<String> problems = new ArrayList<>();
      if (initial == null) {
        problems.add("the initial state is missing");
      } else if (!states.contains(initial)) {
        problems.add(
            "the initial state "
                + initial
                + " is unknown: no move starts or ends in it and it is not declared");
      }
      Map<S, Map<E, S>> seen = new HashMap<>();
      for (Transition<S, E> t : transitions) {
        S earlier =
            seen.computeIfAbsent(t.from(), k -> new HashMap<>()).putIfAbsent(t.event(), t.to());
        if (earlier != null) {
          problems.add(
              "duplicate move ("
                  + t.from()
                  + ", "
                  + t.event()
                  + "): already goes to "
                  + earlier
                  + ", again to "
                  + t.to());
        }
        if (terminals.contains(t.from())) {
          problems.add(
              "terminal state "
                  + t.from()
                  + " has a move out of it ("
                  + t.event()
                  + " -> "
                  + t.to()
                  + ")");
        }
      }
      if (initial != null && states.contains(initial)) {
        Set<S> reached = new HashSet<>();
        Deque<S> todo = new ArrayDeque<>();
        reached.add(initial);
        todo.add(initial);
        while (!todo.isEmpty()) {
          S s = todo.poll();
          for (Transition<S, E> t : transitions) {
            if (t.from().equals(s) && reached.add(t.to())) {
              todo.add(t.to());
            }
          }
        }
        List<S> unreachable = new ArrayList<>();
        for (S s : states) {
          if (!reached.contains(s)) {
            unreachable.add(s);
          }
        }
        if (!unreachable.isEmpty()) {
          problems.add("unreachable from " + initial + ": " + unreachable);
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidDefinitionException("state machine", problems);
      }
      return new StateMachine<>(this);
    }
  }
}
