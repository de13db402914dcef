package dev.revops.metrics.campaign;

/**
 * How a conversion's revenue is shared among the touches before it. Immutable and thread-safe.
 *
 * <p>Definitions (Google Ads Help, "About attribution models"; HubSpot, "Understand attribution
 * reporting"), for a journey of n touches in time order:
 *
 * <ul>
 *   <li>{@link #FIRST_TOUCH}: all to the first touch.
 *   <li>{@link #LAST_TOUCH}: all to the last touch.
 *   <li>{@link #LINEAR}: 1/n to each touch.
 *   <li>{@link #POSITION_BASED} (U-shaped, 40/20/40): 40 % to the first, 40 % to the last, 20 %
 *       shared equally by the touches in between. Edge cases, by our definition: <b>one touch</b>
 *       gets 100 % (it is first and last); <b>two touches</b> get 50 % each (there is no middle for
 *       the 20 %, so it is split equally between first and last, keeping the model symmetric).
 * </ul>
 *
 * The weights are small whole numbers ({@link #weights(int)}) so that money is shared exactly by
 * {@link dev.revops.core.money.Money#allocate(long...)}: position-based with n ≥ 3 is 2(n−2) for
 * the first and the last and 1 for each middle touch, out of 5(n−2), which is 40 %, 40 % and 20
 * %/(n−2).
 */
public enum AttributionModel {
  /** All credit to the first touch. */
  FIRST_TOUCH("first-touch", "all revenue to the journey's first touch"),
  /** All credit to the last touch. */
  LAST_TOUCH("last-touch", "all revenue to the journey's last touch"),
  /** Equal credit to every touch. */
  LINEAR("linear", "revenue / touches to each touch"),
  /** 40 % first, 40 % last, 20 % shared by the middle; 100 % for one touch, 50/50 for two. */
  POSITION_BASED(
      "position-based",
      "40 % to the first touch, 40 % to the last, 20 % shared by the touches between"
          + " (one touch: 100 %; two: 50 % each)");

  private final String id;
  private final String expression;

  AttributionModel(String id, String expression) {
    this.id = id;
    this.expression = expression;
  }

  /**
   * Returns the model's name in formula names, e.g. {@code "position-based"}.
   *
   * @return the name
   */
  public String id() {
    return id;
  }

  /**
   * Returns the model in words.
   *
   * @return the expression
   */
  public String expression() {
    return expression;
  }

  /**
   * Returns the whole-number weights of the touches of an n-touch journey, in time order.
   *
   * @param n the number of touches, at least 1
   * @return n non-negative weights, at least one above zero
   */
  public long[] weights(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a journey with credit needs at least one touch");
    }
    long[] w = new long[n];
    switch (this) {
      case FIRST_TOUCH -> w[0] = 1;
      case LAST_TOUCH -> w[n - 1] = 1;
      case LINEAR -> java.util.Arrays.fill(w, 1);
      case POSITION_BASED -> {
        if (n <= 2) {
          java.util.Arrays.fill(w, 1);
        } else {
          java.util.Arrays.fill(w, 1);
          w[0] = 2L * (n - 2);
          w[n - 1] = 2L * (n - 2);
        }
      }
      default -> throw new IllegalStateException("unknown model " + this);
    }
    return w;
  }
}
