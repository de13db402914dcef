package dev.revops.testkit.fault;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which port call fails, and how. A plan counts the calls of every port it {@link #wrap wraps} (one
 * counter across all of them, so "the n-th call" walks through every step of a use case) and fails
 * the n-th one: {@link Mode#BEFORE} throws instead of calling (the store or gateway never saw it),
 * {@link Mode#AFTER} calls and then throws (the store saved, the gateway charged, but the caller
 * never learned it: a timeout). After a fault, {@link #disarm()} lets the recovery run through the
 * same ports. {@link FaultSweep} runs a scenario once per call and mode.
 *
 * <p>Thread-safe.
 */
public final class FaultPlan {
  /** When the injected fault strikes. */
  public enum Mode {
    /** Instead of the call: nothing happened. */
    BEFORE,
    /** After the call returned: it happened, the caller does not know. */
    AFTER
  }

  private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "equals");

  private final int failAt;
  private final Mode mode;
  private final AtomicInteger calls = new AtomicInteger();
  private final AtomicBoolean armed;
  private final List<String> log = new ArrayList<>();
  private volatile String injected;

  private FaultPlan(int failAt, Mode mode) {
    this.failAt = failAt;
    this.mode = mode;
    this.armed = new AtomicBoolean(failAt > 0);
  }

  /**
   * A plan that fails nothing and only counts (the dry run of a sweep).
   *
   * @return the plan
   */
  public static FaultPlan countOnly() {
    return new FaultPlan(0, Mode.BEFORE);
  }

  /**
   * A plan that fails the n-th counted call.
   *
   * @param n the call to fail, from 1
   * @param mode before or after the call
   * @return the plan
   */
  public static FaultPlan failAt(int n, Mode mode) {
    if (n < 1) {
      throw new IllegalArgumentException("the call to fail counts from 1, got " + n);
    }
    return new FaultPlan(n, requireNonNull(mode, "mode"));
  }

  /**
   * Wraps a port so its calls count (and the planned one fails). Methods of {@code Object} and
   * methods whose name is not in {@code counted} (when given) pass through uncounted.
   *
   * @param port the port interface
   * @param target the real adapter
   * @param name a short name for messages, e.g. {@code "payments"}
   * @param counted the method names that count (e.g. {@code "save"}, {@code "execute"}); none
   *     given: every method counts
   * @param <P> the port type
   * @return the wrapped port
   */
  public <P> P wrap(Class<P> port, P target, String name, String... counted) {
    requireNonNull(port, "port");
    requireNonNull(target, "target");
    requireNonNull(name, "name");
    Set<String> only = Set.of(counted);
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (OBJECT_METHODS.contains(method.getName())
                  && method.getDeclaringClass() == Object.class
              || !only.isEmpty() && !only.contains(method.getName())) {
            return invoke(target, method, args);
          }
          String call = name + "." + method.getName();
          boolean strike = beforeCall(call);
          if (strike && mode == Mode.BEFORE) {
            throw fault(call, "instead of the call");
          }
          Object result = invoke(target, method, args);
          if (strike) {
            throw fault(call, "after the call returned");
          }
          return result;
        };
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, handler));
  }

  /**
   * Counts a step that is not a port call (for example the end of a unit of work, to fail its
   * commit) and fails it when it is the planned one; the mode does not matter here.
   *
   * @param step a short name for messages
   */
  public void step(String step) {
    if (beforeCall(step)) {
      throw fault(step, "at this step");
    }
  }

  private synchronized boolean beforeCall(String call) {
    int n = calls.incrementAndGet();
    log.add(call);
    return armed.get() && n == failAt && armed.compareAndSet(true, false);
  }

  private InjectedFault fault(String call, String how) {
    injected = call + " (call " + failAt + ", " + how + ")";
    return new InjectedFault("injected fault: " + injected);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Stops injecting: the recovery after a fault runs through the same ports. */
  public void disarm() {
    armed.set(false);
  }

  /**
   * Returns how many counted calls were made.
   *
   * @return the count
   */
  public int calls() {
    return calls.get();
  }

  /**
   * Returns the counted calls in order, e.g. {@code [idempotency.find, payments.save, ...]}.
   *
   * @return a snapshot
   */
  public synchronized List<String> callLog() {
    return List.copyOf(log);
  }

  /**
   * Returns which call the fault struck, for assertion messages.
   *
   * @return the call and how, or {@code "none"} when no fault was injected
   */
  public String injected() {
    String i = injected;
    return i == null ? "none" : i;
  }
}
