package dev.revops.jdbc.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

/** Checks that a JDBC adapter answers as the in-memory default does. */
final class SameAnswer {
  private SameAnswer() {}

  /**
   * Checks a call answers the same on both, or fails the same way (same exception class, same
   * message).
   *
   * @param what what is asked, for the failure message
   * @param jdbc the call on the JDBC adapter
   * @param memory the call on the in-memory default
   * @param <T> the answer type
   */
  static <T> void same(String what, Supplier<T> jdbc, Supplier<T> memory) {
    Object expected;
    try {
      expected = memory.get();
    } catch (RuntimeException e) {
      assertThatThrownBy(jdbc::get)
          .as(what)
          .isExactlyInstanceOf(e.getClass())
          .hasMessage(e.getMessage());
      return;
    }
    assertThat(jdbc.get()).as(what).isEqualTo(expected);
  }
}
