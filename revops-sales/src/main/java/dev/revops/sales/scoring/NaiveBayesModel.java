package dev.revops.sales.scoring;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.scoring.Prediction.Contribution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Predictive lead scoring by naive Bayes, Odoo's method: a frequency table (field, value) to won
 * and lost counts, each seeded with +0.1;
 *
 * <pre>
 * S_won  = P(won)  x PRODUCT over fields of (won(f, v) + 0.1) / (SUM over values u of f of (won(f, u) + 0.1))
 * S_lost = P(lost) x the same with lost counts
 * p      = S_won / (S_won + S_lost), clamped to [0.01 %, 99.99 %]
 * </pre>
 *
 * with P(won) = (won + 0.1) / (won + lost + 0.2). A value never seen counts 0.1 and adds 0.1 to its
 * field's total. The {@code stage} field follows Odoo: a won lead counts in every stage of the
 * pipeline, a lost lead in its stage and the ones before; its denominator is the number of won (or
 * lost) leads plus 0.1, since one lead counts in several stages. Computed in log space, so many
 * fields never underflow.
 *
 * <p>{@link #learn} updates the table incrementally when a lead is won or lost; {@link #train}
 * rebuilds it from the whole history; both give the same model. Immutable and thread-safe.
 */
public final class NaiveBayesModel {
  /** The name of the stage field. */
  public static final String STAGE = "stage";

  private static final double SEED = 0.1;
  private static final double MIN = 0.0001;
  private static final double MAX = 0.9999;

  private final List<String> stages;
  private final Map<String, Map<String, long[]>> table;
  private final long won;
  private final long lost;

  private NaiveBayesModel(
      List<String> stages, Map<String, Map<String, long[]>> table, long won, long lost) {
    this.stages = stages;
    this.table = table;
    this.won = won;
    this.lost = lost;
  }

  /**
   * An empty model.
   *
   * @param stages the pipeline's stages in order, or empty when leads carry no stage
   * @return the model
   */
  public static NaiveBayesModel empty(List<String> stages) {
    return new NaiveBayesModel(List.copyOf(stages), Map.of(), 0, 0);
  }

  /**
   * Builds a model from the whole history.
   *
   * @param history the closed leads
   * @param stages the pipeline's stages in order, or empty
   * @return the model
   */
  public static NaiveBayesModel train(Collection<LabelledLead> history, List<String> stages) {
    NaiveBayesModel m = empty(stages);
    for (LabelledLead l : history) {
      m = m.learn(l);
    }
    return m;
  }

  /**
   * Adds one closed lead (won or lost) to the model.
   *
   * @param lead the lead
   * @return the updated model; this one is unchanged
   */
  public NaiveBayesModel learn(LabelledLead lead) {
    requireNonNull(lead, "lead");
    Map<String, Map<String, long[]>> copy = new TreeMap<>();
    for (Map.Entry<String, Map<String, long[]>> e : table.entrySet()) {
      Map<String, long[]> values = new TreeMap<>();
      e.getValue().forEach((k, v) -> values.put(k, v.clone()));
      copy.put(e.getKey(), values);
    }
    int side = lead.won() ? 0 : 1;
    for (Map.Entry<String, String> a : lead.attributes().entrySet()) {
      if (!a.getKey().equals(STAGE)) {
        copy.computeIfAbsent(a.getKey(), k -> new TreeMap<>())
            .computeIfAbsent(a.getValue(), k -> new long[2])[side]++;
      }
    }
    if (!stages.isEmpty() && lead.stage() != null) {
      int reached = stages.indexOf(lead.stage());
      if (reached < 0) {
        throw new IllegalArgumentException("unknown stage " + lead.stage());
      }
      int last = lead.won() ? stages.size() - 1 : reached;
      for (int i = 0; i <= last; i++) {
        copy.computeIfAbsent(STAGE, k -> new TreeMap<>())
            .computeIfAbsent(stages.get(i), k -> new long[2])[side]++;
      }
    }
    Map<String, Map<String, long[]>> frozen = new TreeMap<>();
    copy.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableMap(v)));
    return new NaiveBayesModel(
        stages,
        java.util.Collections.unmodifiableMap(frozen),
        won + (lead.won() ? 1 : 0),
        lost + (lead.won() ? 0 : 1));
  }

  /**
   * Returns how many won and lost leads the model learned from.
   *
   * @return {won, lost}
   */
  public long[] totals() {
    return new long[] {won, lost};
  }

  private double ratio(String field, String value, int side) {
    Map<String, long[]> values = table.getOrDefault(field, Map.of());
    long[] c = values.get(value);
    double count = (c == null ? 0 : c[side]) + SEED;
    double total;
    if (field.equals(STAGE)) {
      total = (side == 0 ? won : lost) + SEED;
    } else {
      total = c == null ? SEED : 0;
      for (long[] v : values.values()) {
        total += v[side] + SEED;
      }
    }
    return count / total;
  }

  /**
   * Predicts the probability of winning a lead with these attributes.
   *
   * @param attributes field to value; the {@code stage} field is the lead's current stage
   * @param explain how many top and bottom contributors to list
   * @return the prediction
   */
  public Prediction predict(Map<String, String> attributes, int explain) {
    double logWon = Math.log((won + SEED) / (won + lost + 2 * SEED));
    double logLost = Math.log((lost + SEED) / (won + lost + 2 * SEED));
    List<Contribution> contributions = new ArrayList<>();
    for (Map.Entry<String, String> a : new TreeMap<>(attributes).entrySet()) {
      if (a.getKey().equals(STAGE) && stages.isEmpty()) {
        continue;
      }
      double pw = ratio(a.getKey(), a.getValue(), 0);
      double pl = ratio(a.getKey(), a.getValue(), 1);
      logWon += Math.log(pw);
      logLost += Math.log(pl);
      contributions.add(new Contribution(a.getKey(), a.getValue(), pw / (pw + pl)));
    }
    double p = 1.0 / (1.0 + Math.exp(logLost - logWon));
    p = Math.max(MIN, Math.min(MAX, p));
    BigDecimal percent =
        BigDecimal.valueOf(p * 100)
            .setScale(2, RoundingMode.HALF_EVEN)
            .max(new BigDecimal("0.01"))
            .min(new BigDecimal("99.99"));
    List<Contribution> byScore = new ArrayList<>(contributions);
    byScore.sort(Comparator.comparingDouble(Contribution::score).reversed());
    List<Contribution> top = new ArrayList<>();
    List<Contribution> bottom = new ArrayList<>();
    for (Contribution c : byScore) {
      if (c.score() > 0.5 && top.size() < explain) {
        top.add(c);
      }
    }
    for (int i = byScore.size() - 1; i >= 0; i--) {
      Contribution c = byScore.get(i);
      if (c.score() < 0.5 && bottom.size() < explain) {
        bottom.add(c);
      }
    }
    return new Prediction(percent, p, top, bottom);
  }

  /**
   * Returns the counts of one field's values, for inspection.
   *
   * @param field the field
   * @return value to {won, lost} counts (copies)
   */
  public Map<String, long[]> counts(String field) {
    Map<String, long[]> result = new HashMap<>();
    table.getOrDefault(field, Map.of()).forEach((k, v) -> result.put(k, v.clone()));
    return result;
  }
}
