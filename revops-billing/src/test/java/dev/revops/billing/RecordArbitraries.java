package dev.revops.billing;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated records of more components than jqwik's typed combinators take (eight at most): one
 * arbitrary a component, in the record's order, each drawn as {@code Combinators.combine} draws
 * them, and the record made with its canonical constructor.
 */
public final class RecordArbitraries {
  private RecordArbitraries() {}

  /**
   * Records of {@code type} whose components come from {@code components}.
   *
   * @param type the record class
   * @param components one arbitrary a component, in declaration order
   * @param <R> the record type
   * @return the arbitrary
   * @throws IllegalArgumentException if the arbitraries do not match the components in number
   */
  public static <R extends Record> Arbitrary<R> of(Class<R> type, Arbitrary<?>... components) {
    RecordComponent[] parts = type.getRecordComponents();
    if (parts.length != components.length) {
      throw new IllegalArgumentException(
          type.getSimpleName() + " has " + parts.length + " components, not " + components.length);
    }
    Constructor<R> canonical;
    try {
      canonical =
          type.getDeclaredConstructor(
              Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new));
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(e);
    }
    canonical.setAccessible(true);
    List<Arbitrary<Object>> all = new ArrayList<>();
    for (Arbitrary<?> a : components) {
      @SuppressWarnings("unchecked")
      Arbitrary<Object> any = (Arbitrary<Object>) a;
      all.add(any);
    }
    return Combinators.combine(all).as(values -> make(canonical, values));
  }

  private static <R> R make(Constructor<R> canonical, List<Object> values) {
    try {
      return canonical.newInstance(values.toArray());
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
