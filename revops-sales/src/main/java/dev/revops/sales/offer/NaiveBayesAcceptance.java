package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The probability of acceptance learned from past offers by a Bernoulli naive Bayes per offer, with
 * Laplace (add-one) smoothing. For offer {@code o} answered {@code a} times with an acceptance and
 * {@code d} times with a decline, and for each item {@code i} held by {@code a_i} of the accepting
 * and {@code d_i} of the declining customers:
 *
 * <pre>
 * P(accept)          = (a + 1) / (a + d + 2)
 * P(holds i | accept) = (a_i + 1) / (a + 2)        P(holds i | decline) = (d_i + 1) / (d + 2)
 * P(accept | x)      = P(accept) PRODUCT P(x_i | accept)
 *                      / (P(accept) PRODUCT P(x_i | accept) + P(decline) PRODUCT P(x_i | decline))
 * </pre>
 *
 * over the items ever held by a customer the offer was presented to (held or not: a Bernoulli model
 * counts absence too); an item never seen with the offer says nothing and is skipped. An offer with
 * no answer yet gets the smoothed acceptance rate of all offers, {@code (A + 1) / (A + D + 2)}.
 * Computed in log space. Each factor is {@code ln(P(x_i | accept) / P(x_i | decline))}.
 *
 * <p>Why not the lead-scoring {@code dev.revops.sales.scoring.NaiveBayesModel}: it is Odoo's
 * categorical model, seeded with 0.1 rather than add-one, clamped to [0.01 %, 99.99 %], and built
 * around the pipeline's stage field; an offer's features are binary (held or not), one model per
 * offer, and the absence of an item is evidence too. Immutable and thread-safe.
 */
public final class NaiveBayesAcceptance implements AcceptanceModel {
  /** The Laplace pseudo-count added to every count. */
  public static final int LAPLACE = 1;

  private final Map<String, Counts> byOffer;
  private final long accepted;
  private final long declined;
  private final int explain;

  private record Counts(long accepted, long declined, Map<String, long[]> held) {}

  private NaiveBayesAcceptance(
      Map<String, Counts> byOffer, long accepted, long declined, int explain) {
    this.byOffer = byOffer;
    this.accepted = accepted;
    this.declined = declined;
    this.explain = explain;
  }

  /**
   * Learns from the answered offers.
   *
   * @param history the past offers with their answers; may be empty
   * @param explain how many factors an estimate lists, 0 to 50
   * @return the model
   */
  public static NaiveBayesAcceptance train(Collection<PastOffer> history, int explain) {
    requireNonNull(history, "history");
    if (explain < 0 || explain > 50) {
      throw new IllegalArgumentException("explain must be within 0..50, got " + explain);
    }
    Map<String, long[]> totals = new TreeMap<>();
    Map<String, Map<String, long[]>> held = new TreeMap<>();
    long a = 0;
    long d = 0;
    for (PastOffer p : history) {
      int side = p.accepted() ? 0 : 1;
      totals.computeIfAbsent(p.offerId(), k -> new long[2])[side]++;
      Map<String, long[]> items = held.computeIfAbsent(p.offerId(), k -> new TreeMap<>());
      for (String item : p.held()) {
        items.computeIfAbsent(item, k -> new long[2])[side]++;
      }
      if (p.accepted()) {
        a++;
      } else {
        d++;
      }
    }
    Map<String, Counts> byOffer = new HashMap<>();
    for (Map.Entry<String, long[]> e : totals.entrySet()) {
      byOffer.put(
          e.getKey(),
          new Counts(
              e.getValue()[0], e.getValue()[1], Collections.unmodifiableMap(held.get(e.getKey()))));
    }
    return new NaiveBayesAcceptance(Map.copyOf(byOffer), a, d, explain);
  }

  /**
   * Returns how often an offer was accepted and declined in the history.
   *
   * @param offerId the offer
   * @return {accepted, declined}
   */
  public long[] answers(String offerId) {
    Counts c = byOffer.get(offerId);
    return c == null ? new long[2] : new long[] {c.accepted(), c.declined()};
  }

  @Override
  public Estimate estimate(Offer offer, Holdings holdings) {
    requireNonNull(offer, "offer");
    requireNonNull(holdings, "holdings");
    Counts c = byOffer.get(offer.id());
    if (c == null) {
      double p = (accepted + LAPLACE) / (double) (accepted + declined + 2 * LAPLACE);
      return new Estimate(
          p,
          "no answer to offer "
              + offer.id()
              + " yet: the smoothed acceptance rate of all offers, ("
              + accepted
              + " + 1) / ("
              + (accepted + declined)
              + " + 2)",
          List.of());
    }
    long n = c.accepted() + c.declined();
    double logA = Math.log((c.accepted() + LAPLACE) / (double) (n + 2 * LAPLACE));
    double logD = Math.log((c.declined() + LAPLACE) / (double) (n + 2 * LAPLACE));
    List<Factor> factors = new ArrayList<>();
    for (Map.Entry<String, long[]> e : c.held().entrySet()) {
      boolean x = holdings.holds(e.getKey());
      double pa = (e.getValue()[0] + LAPLACE) / (double) (c.accepted() + 2 * LAPLACE);
      double pd = (e.getValue()[1] + LAPLACE) / (double) (c.declined() + 2 * LAPLACE);
      if (!x) {
        pa = 1 - pa;
        pd = 1 - pd;
      }
      logA += Math.log(pa);
      logD += Math.log(pd);
      factors.add(new Factor(e.getKey(), x, Math.log(pa / pd)));
    }
    double p = 1.0 / (1.0 + Math.exp(logD - logA));
    factors.sort(
        Comparator.comparingDouble((Factor f) -> -Math.abs(f.weight()))
            .thenComparing(Factor::item));
    return new Estimate(
        p,
        "naive Bayes over "
            + c.held().size()
            + " items, from "
            + c.accepted()
            + " acceptances and "
            + c.declined()
            + " declines of offer "
            + offer.id(),
        factors.subList(0, Math.min(explain, factors.size())));
  }
}
