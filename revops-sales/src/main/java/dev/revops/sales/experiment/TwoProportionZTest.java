package dev.revops.sales.experiment;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The two-sided pooled two-proportion z-test of a variant against the holdout, with the lift and
 * its confidence interval. Valid when read once, at a sample size fixed in advance: read every day
 * and stopped at the first p &lt;= alpha, its false-positive rate climbs far above alpha (shown by
 * {@code AaSimulationTest}), which is why {@link FixedHorizonTest} answers "not yet" before the
 * horizon. Immutable and thread-safe.
 *
 * <p>Statistic: z = (p̂<sub>v</sub> − p̂<sub>h</sub>) / √(p̂ (1 − p̂) (1/n<sub>v</sub> +
 * 1/n<sub>h</sub>)) with the pooled p̂ = (x<sub>v</sub> + x<sub>h</sub>) / (n<sub>v</sub> +
 * n<sub>h</sub>); p = 2 (1 − Φ(|z|)). Intervals at confidence 1 − alpha: the absolute lift by the
 * unpooled Wald interval (p̂<sub>v</sub> − p̂<sub>h</sub>) ± z<sub>1−α/2</sub> √(p̂<sub>v</sub>(1 −
 * p̂<sub>v</sub>)/n<sub>v</sub> + p̂<sub>h</sub>(1 − p̂<sub>h</sub>)/n<sub>h</sub>); the relative
 * lift by the log (Katz) interval of the ratio, exp(ln RR ± z<sub>1−α/2</sub> √(1/x<sub>v</sub> −
 * 1/n<sub>v</sub> + 1/x<sub>h</sub> − 1/n<sub>h</sub>)) − 1, undefined when either arm has no
 * conversion. The test and the interval use different standard errors (pooled under the null, as
 * the test is usually stated; unpooled for the estimate), so at the very edge of significance the
 * interval may just touch zero while p is just below alpha.
 *
 * @param z the statistic; 0 when both arms convert all or none
 * @param pValue the two-sided p-value
 * @param alpha the significance level
 * @param lift the lift with its intervals at confidence 1 − alpha
 */
public record TwoProportionZTest(double z, double pValue, double alpha, Lift lift) {

  /** Checks the parts. */
  public TwoProportionZTest {
    requireNonNull(lift, "lift");
  }

  /**
   * Runs the test.
   *
   * @param variant the variant's counts, at least one contact
   * @param holdout the holdout's counts, at least one contact
   * @param alpha the two-sided significance level, in (0, 1)
   * @return the test's result
   */
  public static TwoProportionZTest of(ArmCounts variant, ArmCounts holdout, double alpha) {
    requireNonNull(variant, "variant");
    requireNonNull(holdout, "holdout");
    if (variant.contacts() == 0 || holdout.contacts() == 0) {
      throw new IllegalArgumentException("each arm needs at least one contact");
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
    double nv = variant.contacts();
    double nh = holdout.contacts();
    double pv = variant.rate();
    double ph = holdout.rate();
    double pooled = (variant.conversions() + holdout.conversions()) / (nv + nh);
    double se0 = Math.sqrt(pooled * (1 - pooled) * (1 / nv + 1 / nh));
    double z = se0 == 0 ? 0.0 : (pv - ph) / se0;
    double p = Math.min(1.0, 2 * Normal.cdf(-Math.abs(z)));
    double crit = Normal.quantile(1 - alpha / 2);
    double se = Math.sqrt(pv * (1 - pv) / nv + ph * (1 - ph) / nh);
    double diff = pv - ph;
    Interval absolute = new Interval(diff, diff - crit * se, diff + crit * se, 1 - alpha);
    Interval relative = null;
    String undefined = null;
    if (holdout.conversions() == 0) {
      undefined = "the holdout has no conversion: a relative lift has no base";
    } else if (variant.conversions() == 0) {
      undefined = "the variant has no conversion: the log interval of the ratio is unbounded";
    } else {
      double logRatio = Math.log(pv / ph);
      double seLog =
          Math.sqrt(1.0 / variant.conversions() - 1 / nv + 1.0 / holdout.conversions() - 1 / nh);
      relative =
          new Interval(
              pv / ph - 1,
              Math.exp(logRatio - crit * seLog) - 1,
              Math.exp(logRatio + crit * seLog) - 1,
              1 - alpha);
    }
    return new TwoProportionZTest(z, p, alpha, new Lift(absolute, relative, undefined));
  }

  /**
   * Tells whether the difference is significant at alpha.
   *
   * @return true when p &lt;= alpha
   */
  @JsonIgnore
  public boolean isSignificant() {
    return pValue <= alpha;
  }
}
