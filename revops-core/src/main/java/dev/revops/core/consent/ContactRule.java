package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;

/**
 * One rule of a contact policy. Rules are pure and thread-safe: the same request always gets the
 * same outcome. Collections defines its debt-specific rules over its own request type and reuses
 * these through {@link #on(Function)}.
 *
 * @param <R> the request type the rule reads
 */
public interface ContactRule<R> {
  /**
   * Returns the rule's stable id, named in every outcome.
   *
   * @return the id
   */
  String id();

  /**
   * Evaluates the rule.
   *
   * @param request the intended contact
   * @return the outcome with its reason
   */
  RuleOutcome evaluate(R request);

  /**
   * Adapts this rule to a richer request type that contains this one.
   *
   * @param part how to get this rule's request out of the richer one
   * @param <T> the richer request type
   * @return the adapted rule, with the same id
   */
  default <T> ContactRule<T> on(Function<? super T, ? extends R> part) {
    requireNonNull(part, "part");
    ContactRule<R> self = this;
    return new ContactRule<>() {
      @Override
      public String id() {
        return self.id();
      }

      @Override
      public RuleOutcome evaluate(T request) {
        return self.evaluate(part.apply(request));
      }
    };
  }
}
