package dev.revops.sales;

import dev.revops.core.port.EventPublisher;
import dev.revops.core.port.memory.SequentialIdGenerator;
import dev.revops.sales.service.SalesStores;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.function.BooleanSupplier;

/** Set-ups the sales tests share: a port whose saves fail on demand, the module on test ports. */
public final class TestPorts {
  private TestPorts() {}

  /**
   * Wraps a port so that its {@code save} calls fail while {@code failing} says so; every other
   * call, and every save otherwise, goes to the real port.
   *
   * @param port the port interface
   * @param real the real port
   * @param failing whether saves fail now
   * @param message the failure's message
   * @param <T> the port type
   * @return the wrapped port
   */
  public static <T> T failingSaves(Class<T> port, T real, BooleanSupplier failing, String message) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              if (method.getName().equals("save") && failing.getAsBoolean()) {
                throw new IllegalStateException(message);
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }

  /**
   * Returns a builder of the module on the stores, with sequential ids ({@code id-1}, ...).
   *
   * @param stores the stores
   * @param events the host's publisher
   * @param clock the clock
   * @return the builder, for more settings
   */
  public static Sales.Builder sales(SalesStores stores, EventPublisher events, Clock clock) {
    return Sales.builder()
        .stores(stores)
        .events(events)
        .ids(new SequentialIdGenerator("id"))
        .clock(clock);
  }
}
