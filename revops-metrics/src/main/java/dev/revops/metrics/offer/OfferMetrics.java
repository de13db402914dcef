package dev.revops.metrics.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.CurrencyMismatchException;
import dev.revops.core.money.Money;
import dev.revops.metrics.internal.Inputs;
import dev.revops.metrics.result.MetricResult;
import dev.revops.metrics.result.Unit;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;

/**
 * Next best offer KPIs. Pure functions: stateless and thread-safe; every result carries its formula
 * and inputs and is undefined, with the reason, when its denominator is zero.
 *
 * <ul>
 *   <li>{@code offer-acceptance-rate} = accepted / answered. Open offers are left out, not counted
 *       as declines, so the rate does not fall merely because answers are pending.
 *   <li>{@code offer-expected-value} = SUM over the answered offers of P(accept) x margin, the
 *       ranking's expectation at presentation; the open ones are left out so the comparison is over
 *       the same offers.
 *   <li>{@code offer-realised-value} = SUM of the margins of the fulfilled offers (an acceptance
 *       still pending fulfilment, or refused by billing, realises nothing yet).
 *   <li>{@code offer-realised-minus-expected} = realised - expected.
 *   <li>{@code offer-realisation-ratio} = realised / expected: 1 when the model is calibrated.
 * </ul>
 */
public final class OfferMetrics {
  private OfferMetrics() {}

  /**
   * The KPIs of a set of presented offers.
   *
   * @param facts the offers, all in one currency
   * @param currency the currency (of the amounts, and of the zeros an empty set gives)
   * @return the KPIs
   * @throws CurrencyMismatchException when an offer's amounts are in another currency
   */
  public static OfferKpis kpis(Collection<OfferFact> facts, Currency currency) {
    requireNonNull(facts, "facts");
    requireNonNull(currency, "currency");
    long presented = 0;
    long answered = 0;
    long accepted = 0;
    long fulfilled = 0;
    Money expected = Money.zero(currency);
    Money realised = Money.zero(currency);
    for (OfferFact f : facts) {
      if (!f.margin().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, f.margin().currency());
      }
      presented++;
      if (f.answer().answered()) {
        answered++;
        expected = expected.plus(f.expectedValue());
      }
      if (f.answer().accepted()) {
        accepted++;
      }
      if (f.answer() == OfferAnswer.FULFILLED) {
        fulfilled++;
        realised = realised.plus(f.margin());
      }
    }
    Map<String, BigDecimal> in =
        Inputs.create()
            .put("presented", presented)
            .put("answered", answered)
            .put("accepted", accepted)
            .put("fulfilled", fulfilled)
            .put("expected", expected)
            .put("realised", realised)
            .build();
    MetricResult rate =
        answered == 0
            ? MetricResult.undefined(
                "offer-acceptance-rate",
                "accepted / answered",
                Unit.RATIO,
                in,
                "no offer is answered yet")
            : MetricResult.ratio(
                "offer-acceptance-rate",
                "accepted / answered",
                Unit.RATIO,
                in,
                BigDecimal.valueOf(accepted),
                BigDecimal.valueOf(answered),
                BigDecimal.ONE,
                "answered");
    MetricResult ev =
        MetricResult.amount(
            "offer-expected-value",
            "SUM over answered offers of P(accept) x margin",
            currency,
            in,
            expected.amount(),
            null);
    MetricResult rv =
        MetricResult.amount(
            "offer-realised-value",
            "SUM over fulfilled offers of margin",
            currency,
            in,
            realised.amount(),
            null);
    MetricResult diff =
        MetricResult.amount(
            "offer-realised-minus-expected",
            "realised - expected",
            currency,
            in,
            realised.minus(expected).amount(),
            null);
    MetricResult ratio =
        expected.isZero()
            ? MetricResult.undefined(
                "offer-realisation-ratio",
                "realised / expected",
                Unit.RATIO,
                in,
                answered == 0 ? "no offer is answered yet" : "expected value is zero")
            : MetricResult.ratio(
                "offer-realisation-ratio",
                "realised / expected",
                Unit.RATIO,
                in,
                realised.amount(),
                expected.amount(),
                BigDecimal.ONE,
                "expected");
    return new OfferKpis(rate, ev, rv, diff, ratio);
  }

  /**
   * The KPIs per offer.
   *
   * @param facts the offers, all in one currency
   * @param currency the currency
   * @return offer id to its KPIs, ordered by id
   */
  public static Map<String, OfferKpis> byOffer(Collection<OfferFact> facts, Currency currency) {
    requireNonNull(facts, "facts");
    Map<String, java.util.List<OfferFact>> groups = new TreeMap<>();
    for (OfferFact f : facts) {
      groups.computeIfAbsent(f.offerId(), k -> new java.util.ArrayList<>()).add(f);
    }
    Map<String, OfferKpis> out = new TreeMap<>();
    groups.forEach((k, v) -> out.put(k, kpis(v, currency)));
    return java.util.Collections.unmodifiableMap(out);
  }
}
