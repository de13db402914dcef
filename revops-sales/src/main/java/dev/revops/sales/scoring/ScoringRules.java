package dev.revops.sales.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.revops.sales.lead.LeadSource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based lead scoring configuration (HubSpot/Mautic style), loadable from JSON with {@link
 * dev.revops.core.json.PolicyLoader}: fit rules on attributes, engagement rules on events, groups
 * with caps, an overall cap, decay of engagement points, source weights, grade thresholds and an
 * MQL threshold. Immutable; null lists and maps become empty.
 *
 * <p>Every number (points, caps, thresholds, weights, decay parameters) has at most {@value
 * #INTEGER_DIGITS} digits before the point and two after it: {@code 10.005} is refused, never
 * rounded, and so is {@code 1e400}; a number with two places or fewer is held with exactly two
 * ({@code 10} becomes {@code 10.00}). A null element of a list or map ({@code "grades": [null]}) is
 * kept by the constructors so that validation reports it with its path ({@code $.grades[0]})
 * instead of failing with a {@code NullPointerException}; load the rules with {@link
 * dev.revops.core.json.PolicyLoader} (or validate them) before scoring with them.
 *
 * @param fit rules over the lead's attributes
 * @param engagement rules over engagement events
 * @param groups rule groups with their caps
 * @param overallCap the cap on the whole score, or null for none
 * @param decay how engagement points fade
 * @param sourceWeights points a lead starts with by source (a referral starts higher)
 * @param grades score thresholds to grades, e.g. A 80, B 50, C 20, D 0
 * @param mqlThreshold the score at which a lead becomes marketing-qualified, or null
 */
public record ScoringRules(
    List<@Valid @NotNull FitRule> fit,
    List<@Valid @NotNull EngagementRule> engagement,
    List<@Valid @NotNull RuleGroup> groups,
    @PositiveOrZero @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal overallCap,
    @NotNull @Valid Decay decay,
    Map<@NotNull LeadSource, @NotNull @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal>
        sourceWeights,
    @NotEmpty List<@Valid @NotNull GradeThreshold> grades,
    @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal mqlThreshold) {

  /** The most digits a number may have before the point. */
  public static final int INTEGER_DIGITS = 9;

  /** Replaces null collections with empty ones and writes every number with two places. */
  public ScoringRules {
    fit = copy(fit);
    engagement = copy(engagement);
    groups = copy(groups);
    sourceWeights =
        sourceWeights == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(sourceWeights));
    grades = copy(grades);
    overallCap = scale(overallCap);
    mqlThreshold = scale(mqlThreshold);
  }

  /** An unmodifiable copy that keeps null elements for validation to report. */
  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Writes a number with two places when that needs no rounding and it is within the bound;
   * otherwise returns it as given, for {@code @Digits} to refuse (nothing is ever rounded).
   */
  static BigDecimal scale(BigDecimal points) {
    if (points == null
        || points.scale() > 2 && points.stripTrailingZeros().scale() > 2
        || points.precision() - points.scale() > INTEGER_DIGITS) {
      return points;
    }
    return points.setScale(2);
  }

  /**
   * Tells whether every group a rule names is declared (checked by validation).
   *
   * @return true when all named groups exist
   */
  @JsonIgnore
  @AssertTrue(message = "every rule's group must be declared in groups")
  public boolean isGroupsDeclared() {
    Set<String> names = new HashSet<>();
    for (RuleGroup g : groups) {
      if (g != null) {
        names.add(g.name());
      }
    }
    for (FitRule r : fit) {
      if (r != null && r.group() != null && !names.contains(r.group())) {
        return false;
      }
    }
    for (EngagementRule r : engagement) {
      if (r != null && r.group() != null && !names.contains(r.group())) {
        return false;
      }
    }
    return true;
  }

  /**
   * A rule over an attribute of the lead (firmographic or demographic fit).
   *
   * @param id the rule's id, shown in breakdowns
   * @param group the group it counts in, or null
   * @param attribute the attribute: {@code country}, {@code title}, {@code company}, {@code
   *     source}, {@code emailDomain} or a key of the lead's attributes
   * @param operator how it compares
   * @param values the values compared with (case-insensitive)
   * @param points points when it matches; negative to subtract
   */
  public record FitRule(
      @NotBlank String id,
      String group,
      @NotBlank String attribute,
      @NotNull Operator operator,
      List<@NotNull String> values,
      @NotNull @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal points) {
    /** Copies the values and scales the points. */
    public FitRule {
      values = copy(values);
      points = scale(points);
    }
  }

  /** How a fit rule compares an attribute. */
  public enum Operator {
    /** Equal to the first value. */
    EQUALS,
    /** One of the values. */
    IN,
    /** Present and none of the values. */
    NOT_IN,
    /** Present and not blank. */
    PRESENT,
    /** Missing or blank. */
    ABSENT
  }

  /**
   * A rule over engagement events (page view, email open or click, form, meeting, ...).
   *
   * @param id the rule's id
   * @param group the group it counts in, or null
   * @param eventType the event type it scores
   * @param points points per event; negative to subtract (e.g. an unsubscribe)
   * @param maxOccurrences how many events count at most, or null for all
   */
  public record EngagementRule(
      @NotBlank String id,
      String group,
      @NotBlank String eventType,
      @NotNull @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal points,
      @Positive Integer maxOccurrences) {
    /** Scales the points. */
    public EngagementRule {
      points = scale(points);
    }
  }

  /**
   * A group of rules whose sum is capped.
   *
   * @param name the group's name
   * @param cap the most the group can add
   */
  public record RuleGroup(
      @NotBlank String name,
      @NotNull @PositiveOrZero @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal cap) {
    /** Scales the cap. */
    public RuleGroup {
      cap = scale(cap);
    }
  }

  /**
   * How positive engagement points fade with age.
   *
   * @param kind none, half-life or linear
   * @param halfLifeDays days after which points are halved (HALF_LIFE)
   * @param pointsPerDay points lost per day, never below zero (LINEAR)
   */
  public record Decay(
      @NotNull Kind kind,
      @Positive @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal halfLifeDays,
      @Positive @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal pointsPerDay) {
    /** The decay kinds. */
    public enum Kind {
      /** No decay. */
      NONE,
      /** Exponential: halves every {@code halfLifeDays}. */
      HALF_LIFE,
      /** Linear: loses {@code pointsPerDay}, down to zero. */
      LINEAR
    }

    /**
     * No decay.
     *
     * @return the decay
     */
    public static Decay none() {
      return new Decay(Kind.NONE, null, null);
    }

    /**
     * Tells whether the needed parameter is present (checked by validation).
     *
     * @return true when the kind has its parameter
     */
    @JsonIgnore
    @AssertTrue(message = "HALF_LIFE needs halfLifeDays and LINEAR needs pointsPerDay")
    public boolean isComplete() {
      return kind == null
          || kind == Kind.NONE
          || (kind == Kind.HALF_LIFE && halfLifeDays != null)
          || (kind == Kind.LINEAR && pointsPerDay != null);
    }
  }

  /**
   * A grade and the least score that earns it.
   *
   * @param grade the grade, e.g. {@code "A"}
   * @param minScore the least score
   */
  public record GradeThreshold(
      @NotBlank String grade,
      @NotNull @Digits(integer = INTEGER_DIGITS, fraction = 2) BigDecimal minScore) {}
}
