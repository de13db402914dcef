package dev.revops.sales.scoring;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadSource;
import dev.revops.sales.scoring.ScoringRules.Decay;
import dev.revops.sales.scoring.ScoringRules.EngagementRule;
import dev.revops.sales.scoring.ScoringRules.FitRule;
import dev.revops.sales.scoring.ScoringRules.GradeThreshold;
import dev.revops.sales.scoring.ScoringRules.RuleGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores leads with {@link ScoringRules}, explainably. The order is fixed and documented:
 *
 * <ol>
 *   <li>the source weight, fit rules, then engagement rules per event up to {@code now} (events
 *       after {@code now} are ignored), each a line;
 *   <li>decay: a negative {@code decay:RULE} line per positive engagement line, so each fades to
 *       {@code points x 0.5^(age/halfLife)} or {@code max(0, points - rate x age)}, rounded down to
 *       the cent; negative engagement points (a penalty) do not fade;
 *   <li>group caps, then the overall cap, as negative {@code cap:...} lines (caps bound the
 *       positive side only);
 *   <li>the zero floor: decay never takes a score that would be zero or more without decay below
 *       zero; a {@code decay:floor} line makes up the difference.
 * </ol>
 *
 * <p>All arithmetic is {@link BigDecimal} at two places, and the total is the sum of the lines, so
 * a breakdown always adds up exactly. Immutable and thread-safe.
 */
public final class LeadScorer {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final ScoringRules rules;

  /**
   * Creates a scorer.
   *
   * @param rules the validated rules
   */
  public LeadScorer(ScoringRules rules) {
    this.rules = requireNonNull(rules, "rules");
  }

  /**
   * Scores a lead.
   *
   * @param lead the lead; its source, country, title, company, e-mail domain and attributes are
   *     read
   * @param events its engagement events
   * @param now the instant to score at (decay is measured to it)
   * @return the score with its breakdown
   */
  public LeadScore score(Lead lead, List<EngagementEvent> events, Instant now) {
    return score(lead.source(), attributesOf(lead), events, now);
  }

  /**
   * Returns the attributes fit rules can read from a lead.
   *
   * @param lead the lead
   * @return its attributes plus country, title, company, source and emailDomain
   */
  public static Map<String, String> attributesOf(Lead lead) {
    Map<String, String> a = new HashMap<>(lead.attributes());
    a.put("country", lead.country());
    a.put("source", lead.source().name());
    if (lead.title() != null) {
      a.put("title", lead.title());
    }
    if (lead.company() != null) {
      a.put("company", lead.company());
    }
    if (lead.email() != null) {
      a.put("emailDomain", lead.email().substring(lead.email().indexOf('@') + 1));
    }
    return a;
  }

  /**
   * Scores plain inputs.
   *
   * @param source the lead's source, or null
   * @param attributes the attributes fit rules read
   * @param events the engagement events
   * @param now the instant to score at
   * @return the score with its breakdown
   */
  public LeadScore score(
      LeadSource source,
      Map<String, String> attributes,
      List<EngagementEvent> events,
      Instant now) {
    requireNonNull(now, "now");
    List<ScoreLine> base = baseLines(source, attributes, events, now);
    List<ScoreLine> undecayed = new ArrayList<>(base);
    addCaps(undecayed);
    BigDecimal withoutDecay = sum(undecayed);

    List<ScoreLine> lines = new ArrayList<>(base);
    for (ScoreLine l : base) {
      if (l.at() != null && l.points().signum() > 0) {
        BigDecimal kept = decayed(l.points(), Duration.between(l.at(), now));
        BigDecimal lost = kept.subtract(l.points());
        if (lost.signum() != 0) {
          lines.add(new ScoreLine("decay:" + l.rule(), l.group(), lost, now));
        }
      }
    }
    addCaps(lines);
    BigDecimal total = sum(lines);
    if (withoutDecay.signum() >= 0 && total.signum() < 0) {
      lines.add(new ScoreLine("decay:floor", null, total.negate(), now));
      total = ZERO;
    }
    return new LeadScore(total, grade(total), isMql(total), lines);
  }

  private List<ScoreLine> baseLines(
      LeadSource source,
      Map<String, String> attributes,
      List<EngagementEvent> events,
      Instant now) {
    List<ScoreLine> lines = new ArrayList<>();
    if (source != null && rules.sourceWeights().containsKey(source)) {
      lines.add(
          new ScoreLine(
              "source:" + source,
              null,
              ScoringRules.scale(rules.sourceWeights().get(source)),
              null));
    }
    for (FitRule r : rules.fit()) {
      if (matches(r, attributes.get(r.attribute()))) {
        lines.add(new ScoreLine(r.id(), r.group(), r.points(), null));
      }
    }
    List<EngagementEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(EngagementEvent::at));
    Map<String, Integer> counts = new HashMap<>();
    for (EngagementEvent e : sorted) {
      if (e.at().isAfter(now)) {
        continue;
      }
      for (EngagementRule r : rules.engagement()) {
        if (!r.eventType().equals(e.type())) {
          continue;
        }
        int n = counts.merge(r.id(), 1, Integer::sum);
        if (r.maxOccurrences() == null || n <= r.maxOccurrences()) {
          lines.add(new ScoreLine(r.id(), r.group(), r.points(), e.at()));
        }
      }
    }
    return lines;
  }

  private static boolean matches(FitRule r, String value) {
    boolean present = value != null && !value.isBlank();
    String v = present ? value.trim().toLowerCase(Locale.ROOT) : null;
    boolean inValues =
        present && r.values().stream().anyMatch(x -> x.trim().toLowerCase(Locale.ROOT).equals(v));
    return switch (r.operator()) {
      case EQUALS ->
          present
              && !r.values().isEmpty()
              && r.values().get(0).trim().toLowerCase(Locale.ROOT).equals(v);
      case IN -> inValues;
      case NOT_IN -> present && !inValues;
      case PRESENT -> present;
      case ABSENT -> !present;
    };
  }

  private BigDecimal decayed(BigDecimal points, Duration age) {
    Decay d = rules.decay();
    if (age.isNegative() || age.isZero() || d.kind() == Decay.Kind.NONE) {
      return points;
    }
    BigDecimal days =
        BigDecimal.valueOf(age.getSeconds()).divide(SECONDS_PER_DAY, 6, RoundingMode.DOWN);
    BigDecimal kept;
    if (d.kind() == Decay.Kind.HALF_LIFE) {
      double factor = Math.pow(0.5, days.doubleValue() / d.halfLifeDays().doubleValue());
      kept = points.multiply(BigDecimal.valueOf(factor));
    } else {
      kept = points.subtract(d.pointsPerDay().multiply(days)).max(BigDecimal.ZERO);
    }
    return kept.setScale(2, RoundingMode.DOWN).min(points);
  }

  private void addCaps(List<ScoreLine> lines) {
    Map<String, BigDecimal> byGroup = new LinkedHashMap<>();
    for (ScoreLine l : lines) {
      if (l.group() != null) {
        byGroup.merge(l.group(), l.points(), BigDecimal::add);
      }
    }
    for (RuleGroup g : rules.groups()) {
      BigDecimal s = byGroup.getOrDefault(g.name(), ZERO);
      if (s.compareTo(g.cap()) > 0) {
        lines.add(new ScoreLine("cap:" + g.name(), g.name(), g.cap().subtract(s), null));
      }
    }
    BigDecimal total = sum(lines);
    if (rules.overallCap() != null && total.compareTo(rules.overallCap()) > 0) {
      lines.add(new ScoreLine("cap:overall", null, rules.overallCap().subtract(total), null));
    }
  }

  private static BigDecimal sum(List<ScoreLine> lines) {
    BigDecimal s = ZERO;
    for (ScoreLine l : lines) {
      s = s.add(l.points());
    }
    return s;
  }

  private String grade(BigDecimal total) {
    List<GradeThreshold> sorted = new ArrayList<>(rules.grades());
    sorted.sort(Comparator.comparing(GradeThreshold::minScore).reversed());
    for (GradeThreshold g : sorted) {
      if (total.compareTo(g.minScore()) >= 0) {
        return g.grade();
      }
    }
    return sorted.get(sorted.size() - 1).grade();
  }

  private boolean isMql(BigDecimal total) {
    return rules.mqlThreshold() != null && total.compareTo(rules.mqlThreshold()) >= 0;
  }
}
