package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Revenue attribution over journeys of touches, by a chosen {@link AttributionModel}. Pure
 * functions: stateless and thread-safe.
 *
 * <p><b>Rounding rule.</b> A journey's revenue is shared in minor units by {@link
 * Money#allocate(long...)} over the model's whole-number weights: each touch gets the floor of its
 * exact share and the cents left over go one each to the touches with the largest remainders, the
 * earlier touch first on a tie. So the credits of a journey add up to its revenue exactly, to the
 * minor unit, and no credit is a minor unit or more away from its exact share; the credits of all
 * campaigns add up exactly to the revenue of the journeys that had a touch.
 *
 * <p>Worked example (position-based, {@code AttributionTest}): e-mail, call, SMS, e-mail, then an
 * order of $1,000.00: $400.00, $100.00, $100.00, $400.00. For $100.01 the exact shares are 40.004,
 * 10.001, 10.001, 40.004; floors give 100.00 and the cent left goes to the first touch (a tie with
 * the last, the earlier wins): $40.01, $10.00, $10.00, $40.00.
 */
public final class Attribution {
  private Attribution() {}

  /**
   * Shares one journey's revenue among its touches.
   *
   * @param journey the journey
   * @param model the model
   * @return one credit per touch in time order; empty for a journey without touches
   */
  public static List<AttributedTouch> attribute(Journey journey, AttributionModel model) {
    requireNonNull(journey, "journey");
    requireNonNull(model, "model");
    List<Touch> touches = journey.touches();
    if (touches.isEmpty()) {
      return List.of();
    }
    List<Money> credits = journey.revenue().allocate(model.weights(touches.size()));
    List<AttributedTouch> result = new ArrayList<>(touches.size());
    for (int i = 0; i < touches.size(); i++) {
      result.add(new AttributedTouch(touches.get(i), credits.get(i)));
    }
    return List.copyOf(result);
  }

  /**
   * Attributed revenue per campaign (all variants together).
   *
   * @param journeys the journeys, all in {@code currency}
   * @param model the model
   * @param currency the currency of the results
   * @return one amount per campaign that had a touch, by campaign id
   * @throws CurrencyMismatchException when a journey is in another currency
   */
  public static Map<CampaignKey, MetricResult> revenueByCampaign(
      Collection<Journey> journeys, AttributionModel model, Currency currency) {
    return revenue(journeys, model, currency, t -> CampaignKey.of(t.campaign()));
  }

  /**
   * Attributed revenue per campaign and variant.
   *
   * @param journeys the journeys, all in {@code currency}
   * @param model the model
   * @param currency the currency of the results
   * @return one amount per campaign and variant that had a touch, ordered by key
   * @throws CurrencyMismatchException when a journey is in another currency
   */
  public static Map<CampaignKey, MetricResult> revenueByVariant(
      Collection<Journey> journeys, AttributionModel model, Currency currency) {
    return revenue(journeys, model, currency, Touch::key);
  }

  /**
   * The revenue of journeys without any touch, which no model can attribute.
   *
   * @param journeys the journeys, all in {@code currency}
   * @param currency the currency
   * @return the amount, with the number of such journeys as input
   */
  public static MetricResult unattributedRevenue(Collection<Journey> journeys, Currency currency) {
    requireNonNull(journeys, "journeys");
    requireNonNull(currency, "currency");
    Money sum = Money.zero(currency);
    long count = 0;
    for (Journey j : journeys) {
      check(j, currency);
      if (j.touches().isEmpty()) {
        sum = sum.plus(j.revenue());
        count++;
      }
    }
    return MetricResult.amount(
        "unattributed-revenue",
        "revenue of journeys without a touch",
        currency,
        Inputs.create().put("journeysWithoutTouch", count).build(),
        sum.amount(),
        null);
  }

  private static Map<CampaignKey, MetricResult> revenue(
      Collection<Journey> journeys,
      AttributionModel model,
      Currency currency,
      Function<Touch, CampaignKey> keyOf) {
    requireNonNull(journeys, "journeys");
    requireNonNull(model, "model");
    requireNonNull(currency, "currency");
    Map<CampaignKey, long[]> sums = new TreeMap<>(); // credited minor, journeys, touches
    Map<CampaignKey, Money> journeyRevenue = new TreeMap<>();
    for (Journey j : journeys) {
      check(j, currency);
      Set<CampaignKey> seen = new HashSet<>();
      for (AttributedTouch a : attribute(j, model)) {
        CampaignKey key = keyOf.apply(a.touch());
        long[] s = sums.computeIfAbsent(key, k -> new long[3]);
        s[0] = Math.addExact(s[0], a.credit().minor());
        s[2]++;
        if (seen.add(key)) {
          s[1]++;
          journeyRevenue.merge(key, j.revenue(), Money::plus);
        }
      }
    }
    Map<CampaignKey, MetricResult> result = new LinkedHashMap<>();
    sums.forEach(
        (key, s) ->
            result.put(
                key,
                MetricResult.amount(
                    "attributed-revenue/" + model.id(),
                    model.expression(),
                    currency,
                    Inputs.create()
                        .put("journeys", s[1])
                        .put("touches", s[2])
                        .put("revenueOfJourneys", journeyRevenue.get(key))
                        .build(),
                    Money.ofMinor(s[0], currency).amount(),
                    null)));
    return Collections.unmodifiableMap(result);
  }

  private static void check(Journey journey, Currency currency) {
    requireNonNull(journey, "journey");
    if (!journey.revenue().currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, journey.revenue().currency());
    }
  }
}
