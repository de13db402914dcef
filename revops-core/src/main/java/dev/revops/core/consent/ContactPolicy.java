package dev.revops.core.consent;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers "may we contact this person on this channel at this instant?" by asking every rule and
 * keeping every outcome, so the decision names the rules that allowed or blocked it. Immutable and
 * thread-safe. Rules can be switched off by id (per jurisdiction) without rebuilding them.
 *
 * @param <R> the request type
 */
public final class ContactPolicy<R> {
  private final List<ContactRule<R>> rules;

  private ContactPolicy(List<ContactRule<R>> rules) {
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (ContactRule<R> r : this.rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("two contact rules share the id " + r.id());
      }
    }
  }

  /**
   * Makes a policy of rules.
   *
   * @param rules the rules, evaluated in order
   * @param <R> the request type
   * @return the policy
   */
  @SafeVarargs
  public static <R> ContactPolicy<R> of(ContactRule<R>... rules) {
    List<ContactRule<R>> list = new java.util.ArrayList<>(rules.length);
    for (ContactRule<R> r : rules) {
      list.add(r);
    }
    return new ContactPolicy<>(list);
  }

  /**
   * Makes a policy of a list of rules.
   *
   * @param rules the rules, evaluated in order
   * @param <R> the request type
   * @return the policy
   */
  public static <R> ContactPolicy<R> of(List<ContactRule<R>> rules) {
    return new ContactPolicy<>(rules);
  }

  /**
   * Decides on an intended contact.
   *
   * @param request the intended contact
   * @return the decision with every rule's outcome
   */
  public ContactDecision decide(R request) {
    requireNonNull(request, "request");
    List<RuleOutcome> outcomes = new ArrayList<>(rules.size());
    for (ContactRule<R> rule : rules) {
      outcomes.add(requireNonNull(rule.evaluate(request), "outcome of " + rule.id()));
    }
    return ContactDecision.of(outcomes);
  }

  /**
   * Returns a policy without the rules whose ids match.
   *
   * @param switchedOff which rule ids to drop
   * @return the reduced policy
   */
  public ContactPolicy<R> without(Predicate<String> switchedOff) {
    return new ContactPolicy<>(rules.stream().filter(r -> !switchedOff.test(r.id())).toList());
  }

  /**
   * Returns a policy with more rules after these.
   *
   * @param more the rules to add
   * @return the extended policy
   */
  public ContactPolicy<R> with(List<ContactRule<R>> more) {
    List<ContactRule<R>> all = new ArrayList<>(rules);
    all.addAll(more);
    return new ContactPolicy<>(all);
  }

  /**
   * Returns the rule ids in evaluation order.
   *
   * @return the ids
   */
  public List<String> ruleIds() {
    return rules.stream().map(ContactRule::id).toList();
  }
}
