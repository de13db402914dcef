package dev.revops.collections.compliance;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.validation.InputValidator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which compliance rules are switched off where. Loads from JSON ({@code {"name": "US",
 * "switchedOff": ["gdpr.objection", "gdpr.restriction"]}}); unknown rule ids are rejected so a typo
 * cannot silently leave a rule on or off. Immutable.
 *
 * @param name the jurisdiction's name
 * @param switchedOff ids of the rules that do not apply
 */
public record Jurisdiction(@NotBlank String name, Set<@NotNull String> switchedOff) {
  /** Every rule on: the strictest policy. */
  public static final Jurisdiction ALL_RULES = new Jurisdiction("all-rules", Set.of());

  /** United States federal: GDPR rules off. */
  public static final Jurisdiction US_FEDERAL =
      new Jurisdiction(
          "US-federal", Set.of(DebtContactRules.GDPR_OBJECTION, DebtContactRules.GDPR_RESTRICTION));

  /**
   * European Union: the US validation notice and do-not-call registry rules off; hours, frequency
   * and consent rules stay on as good practice.
   */
  public static final Jurisdiction EU =
      new Jurisdiction("EU", Set.of(DebtContactRules.VALIDATION_NOTICE, "consent.do-not-call"));

  /** Copies the set. */
  public Jurisdiction {
    switchedOff =
        switchedOff == null
            ? Set.of()
            : Collections.unmodifiableSet(new LinkedHashSet<>(switchedOff));
  }

  /**
   * Makes a checked jurisdiction.
   *
   * @param name the name
   * @param switchedOff the rules switched off
   * @return the jurisdiction
   * @throws InvalidInputException when a rule id is unknown
   */
  public static Jurisdiction of(String name, Set<String> switchedOff) {
    Jurisdiction j =
        InputValidator.create().requireValid(new Jurisdiction(name, switchedOff), "jurisdiction");
    j.requireKnownRules();
    return j;
  }

  /**
   * Loads a checked jurisdiction from JSON.
   *
   * @param json the document
   * @return the jurisdiction
   * @throws InvalidInputException naming every problem with its JSON path
   */
  public static Jurisdiction fromJson(String json) {
    if (json == null) {
      throw InvalidInputException.of("jurisdiction", "$", "no document (null)");
    }
    Jurisdiction j = PolicyLoader.create().load(json, Jurisdiction.class);
    j.requireKnownRules();
    return j;
  }

  private void requireKnownRules() {
    List<Violation> problems = new ArrayList<>();
    for (String id : switchedOff) {
      if (!CollectionsContactPolicy.REGULATIONS.containsKey(id)) {
        problems.add(new Violation("$.switchedOff", "unknown rule id '" + id + "'"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("jurisdiction", problems);
    }
  }
}
