package dev.revops.logcontext;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.MDC;

/**
 * Helpers of the logging-context tests, shared through revops-core's test jar: a JUnit extension
 * ({@code @ExtendWith(LogContext.class)}) that checks the test classpath has a real MDC before each
 * test and clears the MDC after it, and a port wrapper that records what a key held at each call.
 */
public final class LogContext implements BeforeEachCallback, AfterEachCallback {
  /** Made by JUnit for {@code @ExtendWith(LogContext.class)}. */
  public LogContext() {}

  @Override
  public void beforeEach(ExtensionContext context) {
    requireRealMdc();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    MDC.clear();
  }

  /**
   * Fails unless SLF4J's MDC keeps values (without a binding it is a no-op and every logging-
   * context assertion would pass or fail for the wrong reason).
   */
  public static void requireRealMdc() {
    String probe = "revops.probe";
    MDC.put(probe, "probe");
    try {
      if (!"probe".equals(MDC.get(probe))) {
        throw new AssertionError(
            "SLF4J's MDC is a no-op here: the module's tests need an SLF4J binding");
      }
    } finally {
      MDC.remove(probe);
    }
  }

  /**
   * Wraps a port so that each call of the named methods adds {@code "<name>.<method> <value>"} to
   * {@code seen}, the value being what the MDC holds under {@code key} at the call; every call is
   * passed on to {@code real}.
   *
   * @param port the port interface
   * @param real the implementation calls go to
   * @param name the name the records start with
   * @param key the MDC key to read
   * @param seen where the records go (thread-safe if the calls come from several threads)
   * @param methods the methods to record
   * @param <T> the port's type
   * @return the wrapper
   */
  public static <T> T recording(
      Class<T> port, T real, String name, String key, List<String> seen, String... methods) {
    Set<String> recorded = Set.of(methods);
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              if (recorded.contains(method.getName())) {
                seen.add(name + "." + method.getName() + " " + MDC.get(key));
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
