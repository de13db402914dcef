package dev.revops.sales.experiment;

/**
 * The standard normal distribution: its cumulative distribution function and its quantile. Pure
 * functions, stateless and thread-safe.
 *
 * <p>The quantile is Wichura's algorithm AS 241 (PPND16, Applied Statistics 37(3), 1988, pp.
 * 477-484), accurate to about 1e-16 relative; the CDF is Marsaglia's Taylor series ("Evaluating the
 * Normal Distribution", Journal of Statistical Software 11(4), 2004) with an absolute error below
 * 1e-15, which is what p-values need.
 */
final class Normal {
  private Normal() {}

  /**
   * Returns P(Z &lt;= x) for a standard normal Z.
   *
   * @param x any finite number
   * @return the probability, in [0, 1]
   */
  static double cdf(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("x is NaN");
    }
    if (x < -37.5) {
      return 0.0;
    }
    if (x > 37.5) {
      return 1.0;
    }
    if (Math.abs(x) >= 3) {
      double t = tail(Math.abs(x));
      return x < 0 ? t : 1.0 - t;
    }
    double sum = x;
    double term = x;
    double x2 = x * x;
    for (int i = 3; i < 500; i += 2) {
      term = term * x2 / i;
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    return 0.5 + sum * Math.exp(-0.5 * x2 - 0.91893853320467274178);
  }

  /**
   * Upper tail P(Z &gt; x) for x &gt;= 3 by Laplace's continued fraction of the Mills ratio, φ(x) /
   * (x + 1/(x + 2/(x + 3/(x + ...)))), evaluated bottom-up from 100 terms: relative error about
   * 1e-14 at x = 20 and 1e-15 near x = 3.
   */
  private static double tail(double x) {
    double f = x;
    for (int k = 100; k >= 1; k--) {
      f = x + k / f;
    }
    return Math.exp(-0.5 * x * x - 0.91893853320467274178) / f;
  }

  /**
   * Returns the x with P(Z &lt;= x) = p.
   *
   * @param p a probability strictly between 0 and 1
   * @return the quantile
   * @throws IllegalArgumentException when p is not in (0, 1)
   */
  static double quantile(double p) {
    if (!(p > 0.0 && p < 1.0)) {
      throw new IllegalArgumentException("p must be strictly between 0 and 1, got " + p);
    }
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q
          * (((((((2509.0809287301226727 * r + 33430.575583588128105) * r + 67265.770927008700853)
                                                  * r
                                              + 45921.953931549871457)
                                          * r
                                      + 13731.693765509461125)
                                  * r
                              + 1971.5909503065514427)
                          * r
                      + 133.14166789178437745)
                  * r
              + 3.387132872796366608)
          / (((((((5226.495278852545925 * r + 28729.085735721942674) * r + 39307.89580009271061) * r
                                              + 21213.794301586595867)
                                          * r
                                      + 5394.1960214247511077)
                                  * r
                              + 687.1870074920579083)
                          * r
                      + 42.313330701600911252)
                  * r
              + 1.0);
    }
    double r = q < 0 ? p : 1.0 - p;
    r = Math.sqrt(-Math.log(r));
    double value;
    if (r <= 5.0) {
      r -= 1.6;
      value =
          (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r
                                                          + 0.24178072517745061177)
                                                      * r
                                                  + 1.27045825245236838258)
                                              * r
                                          + 3.64784832476320460504)
                                      * r
                                  + 5.7694972214606914055)
                              * r
                          + 4.6303378461565452959)
                      * r
                  + 1.42343711074968357734)
              / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r
                                                          + 0.0151986665636164571966)
                                                      * r
                                                  + 0.14810397642748007459)
                                              * r
                                          + 0.68976733498510000455)
                                      * r
                                  + 1.6763848301838038494)
                              * r
                          + 2.05319162663775882187)
                      * r
                  + 1.0);
    } else {
      r -= 5.0;
      value =
          (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                                                          + 0.0012426609473880784386)
                                                      * r
                                                  + 0.026532189526576123093)
                                              * r
                                          + 0.29656057182850489123)
                                      * r
                                  + 1.7848265399172913358)
                              * r
                          + 5.4637849111641143699)
                      * r
                  + 6.6579046435011037772)
              / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r
                                                          + 1.8463183175100546818e-5)
                                                      * r
                                                  + 7.868691311456132591e-4)
                                              * r
                                          + 0.0148753612908506148525)
                                      * r
                                  + 0.13692988092273580531)
                              * r
                          + 0.59983220655588793769)
                      * r
                  + 1.0);
    }
    return q < 0 ? -value : value;
  }
}
