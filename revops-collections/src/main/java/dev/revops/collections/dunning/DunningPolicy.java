package dev.revops.collections.dunning;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.money.Money;
import dev.revops.core.validation.InputValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A dunning ladder: steps in ascending offset order (Odoo's follow-up levels with Kill Bill's
 * conditions and actions). Load it from JSON with {@link #fromJson(String)} or build it with {@link
 * #of(String, List)}; both validate: step ids unique, offsets strictly ascending and within {@link
 * DunningStep#MAX_OFFSET_DAYS} of the due date, amount thresholds not negative and at most one per
 * currency, no evaluator-only action; every problem is named with its JSON path. Immutable and
 * thread-safe.
 *
 * @param name the policy's name
 * @param steps the steps, offsets strictly ascending
 */
public record DunningPolicy(
    @NotBlank String name, @NotEmpty List<@Valid @NotNull DunningStep> steps) {

  /** Copies the steps. */
  public DunningPolicy {
    steps = steps == null ? null : Collections.unmodifiableList(new ArrayList<>(steps));
  }

  /**
   * Makes a validated policy.
   *
   * @param name the name
   * @param steps the steps
   * @return the policy
   * @throws InvalidInputException naming every problem
   */
  public static DunningPolicy of(String name, List<DunningStep> steps) {
    DunningPolicy p =
        InputValidator.create().requireValid(new DunningPolicy(name, steps), "dunning policy");
    p.requireConsistent();
    return p;
  }

  /**
   * Loads a validated policy from JSON.
   *
   * @param json the document
   * @return the policy
   * @throws InvalidInputException naming every problem with its JSON path and line
   */
  public static DunningPolicy fromJson(String json) {
    if (json == null) {
      throw InvalidInputException.of("dunning policy", "$", "no document (null)");
    }
    DunningPolicy p = PolicyLoader.create().load(json, DunningPolicy.class);
    p.requireConsistent();
    return p;
  }

  private void requireConsistent() {
    List<Violation> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      DunningStep s = steps.get(i);
      String path = "$.steps[" + i + "]";
      if (!ids.add(s.id())) {
        problems.add(new Violation(path + ".id", "duplicate step id '" + s.id() + "'"));
      }
      if (i > 0 && s.offsetDays() <= steps.get(i - 1).offsetDays()) {
        problems.add(
            new Violation(
                path + ".offsetDays",
                "must be greater than the previous step's " + steps.get(i - 1).offsetDays()));
      }
      for (int a = 0; a < s.actions().size(); a++) {
        if (!s.actions().get(a).allowedInPolicy()) {
          problems.add(
              new Violation(
                  path + ".actions[" + a + "]",
                  s.actions().get(a) + " is issued by the evaluator, not by a policy"));
        }
      }
      Set<String> currencies = new HashSet<>();
      for (int m = 0; m < s.conditions().minAmountDue().size(); m++) {
        Money threshold = s.conditions().minAmountDue().get(m);
        String code = threshold.currency().getCurrencyCode();
        String at = path + ".conditions.minAmountDue[" + m + "]";
        if (!currencies.add(code)) {
          problems.add(new Violation(at, "second threshold for " + code));
        }
        if (threshold.isNegative()) {
          problems.add(new Violation(at, "must not be negative, got " + threshold));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("dunning policy", problems);
    }
  }
}
