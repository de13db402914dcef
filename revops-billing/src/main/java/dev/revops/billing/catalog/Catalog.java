package dev.revops.billing.catalog;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.error.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Products, plans and coupons. Immutable and thread-safe. {@link #of} and {@link CatalogLoader}
 * check the whole catalog (references, phase order, tiers, currencies, versions) and report every
 * problem with its JSON path; the canonical constructor only copies, so Jackson can read a broken
 * document and the checks can then name each fault.
 *
 * @param products the products
 * @param plans the plans
 * @param coupons the coupons (null reads as none)
 */
public record Catalog(
    @NotNull List<@Valid @NotNull Product> products,
    @NotEmpty List<@Valid @NotNull Plan> plans,
    List<@Valid @NotNull Coupon> coupons) {

  /** Copies the lists. */
  public Catalog {
    products = products == null ? null : List.copyOf(products);
    plans = plans == null ? null : List.copyOf(plans);
    coupons = coupons == null ? List.of() : List.copyOf(coupons);
  }

  /**
   * Builds a checked catalog.
   *
   * @param products the products
   * @param plans the plans
   * @param coupons the coupons
   * @return the catalog
   * @throws InvalidInputException listing every problem with its path
   */
  public static Catalog of(List<Product> products, List<Plan> plans, List<Coupon> coupons) {
    Catalog c = new Catalog(products, plans, coupons);
    List<Violation> problems = c.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException("catalog", problems);
    }
    return c;
  }

  /**
   * Finds a plan.
   *
   * @param id the plan id
   * @return the plan
   * @throws NotFoundException when there is none
   */
  public Plan plan(String id) {
    // a loop, not a stream: every period of every bill run looks its plan up
    for (Plan p : plans) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw new NotFoundException("Plan", id);
  }

  /**
   * Finds a coupon.
   *
   * @param id the coupon id
   * @return the coupon
   * @throws NotFoundException when there is none
   */
  public Coupon coupon(String id) {
    for (Coupon c : coupons) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new NotFoundException("Coupon", id);
  }

  /**
   * Finds a product.
   *
   * @param id the product id
   * @return the product, or empty
   */
  public Optional<Product> product(String id) {
    return products.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Checks the rules that field annotations cannot express.
   *
   * @return every problem, each with its JSON path; empty when the catalog is consistent
   */
  public List<Violation> problems() {
    List<Violation> out = new ArrayList<>();
    Set<String> productIds = new HashSet<>();
    for (int i = 0; i < products.size(); i++) {
      if (!productIds.add(products.get(i).id())) {
        out.add(new Violation("$.products[" + i + "].id", "duplicate product id"));
      }
    }
    Set<String> planIds = new HashSet<>();
    Set<String> priceIds = new HashSet<>();
    for (int i = 0; i < plans.size(); i++) {
      Plan plan = plans.get(i);
      String p = "$.plans[" + i + "]";
      if (!planIds.add(plan.id())) {
        out.add(new Violation(p + ".id", "duplicate plan id"));
      }
      if (!productIds.contains(plan.productId())) {
        out.add(new Violation(p + ".productId", "unknown product '" + plan.productId() + "'"));
      }
      checkPhases(plan, p, priceIds, out);
    }
    Set<String> couponIds = new HashSet<>();
    for (int i = 0; i < coupons.size(); i++) {
      Coupon c = coupons.get(i);
      String p = "$.coupons[" + i + "]";
      if (!couponIds.add(c.id())) {
        out.add(new Violation(p + ".id", "duplicate coupon id"));
      }
      if ((c.percentOff() == null) == (c.amountOff() == null)) {
        out.add(new Violation(p, "exactly one of percentOff and amountOff must be set"));
      }
      if (c.percentOff() != null && !c.percentOff().isAtMostHundred()) {
        out.add(new Violation(p + ".percentOff", "must be at most 100%"));
      }
      if (c.amountOff() != null && !c.amountOff().isPositive()) {
        out.add(new Violation(p + ".amountOff", "must be above zero"));
      }
      if (c.duration() == CouponDuration.REPEATING && c.durationInPeriods() == null) {
        out.add(new Violation(p + ".durationInPeriods", "required for a REPEATING coupon"));
      }
    }
    return out;
  }

  private static void checkPhases(Plan plan, String p, Set<String> priceIds, List<Violation> out) {
    List<PlanPhase> phases = plan.phases();
    for (int j = 0; j < phases.size(); j++) {
      PlanPhase phase = phases.get(j);
      String pp = p + ".phases[" + j + "]";
      boolean last = j == phases.size() - 1;
      if (phase.type() == PhaseType.EVERGREEN && !last) {
        out.add(new Violation(pp + ".type", "an EVERGREEN phase must be the last"));
      }
      if (phase.type() == PhaseType.FIXED_TERM && !last) {
        out.add(new Violation(pp + ".type", "a FIXED_TERM phase must be the last"));
      }
      if (phase.type() == PhaseType.EVERGREEN && phase.duration() != null) {
        out.add(new Violation(pp + ".duration", "an EVERGREEN phase has no duration"));
      }
      if (phase.type() != PhaseType.EVERGREEN && phase.duration() == null) {
        out.add(new Violation(pp + ".duration", "required for a " + phase.type() + " phase"));
      }
      if (last && phase.type() != PhaseType.EVERGREEN && phase.type() != PhaseType.FIXED_TERM) {
        out.add(new Violation(pp + ".type", "the last phase must be EVERGREEN or FIXED_TERM"));
      }
      for (int k = 0; k < phase.prices().size(); k++) {
        checkPrice(phase.prices().get(k), pp + ".prices[" + k + "]", priceIds, out);
      }
    }
  }

  private static void checkPrice(Price price, String p, Set<String> priceIds, List<Violation> out) {
    if (!priceIds.add(price.id())) {
      out.add(new Violation(p + ".id", "duplicate price id"));
    }
    if (price.charge() == ChargeType.USAGE && price.mode() != BillingMode.IN_ARREAR) {
      out.add(new Violation(p + ".mode", "usage is billed IN_ARREAR"));
    }
    if (price.model() == PricingModel.PACKAGE && price.packageSize() == null) {
      out.add(new Violation(p + ".packageSize", "required for a PACKAGE price"));
    }
    boolean tiered =
        price.model() == PricingModel.TIERED_GRADUATED
            || price.model() == PricingModel.TIERED_VOLUME;
    Set<java.time.LocalDate> dates = new HashSet<>();
    Set<java.util.Currency> firstCurrencies = null;
    for (int v = 0; v < price.versions().size(); v++) {
      PriceVersion version = price.versions().get(v);
      String pv = p + ".versions[" + v + "]";
      if (!dates.add(version.effectiveFrom())) {
        out.add(new Violation(pv + ".effectiveFrom", "two versions with the same date"));
      }
      Set<java.util.Currency> currencies = new HashSet<>();
      for (int c = 0; c < version.currencies().size(); c++) {
        PriceAmount amount = version.currencies().get(c);
        String pc = pv + ".currencies[" + c + "]";
        if (!currencies.add(amount.currency())) {
          out.add(new Violation(pc + ".amount", "currency listed twice"));
        }
        if (amount.amount().isNegative()) {
          out.add(new Violation(pc + ".amount", "must not be negative"));
        }
        checkTiers(amount, tiered, pc, out);
      }
      if (firstCurrencies == null) {
        firstCurrencies = currencies;
      } else if (!firstCurrencies.equals(currencies)) {
        out.add(new Violation(pv + ".currencies", "every version must list the same currencies"));
      }
    }
  }

  private static void checkTiers(
      PriceAmount amount, boolean tiered, String pc, List<Violation> out) {
    if (!tiered) {
      if (!amount.tiers().isEmpty()) {
        out.add(new Violation(pc + ".tiers", "only tiered prices have tiers"));
      }
      return;
    }
    if (amount.tiers().isEmpty()) {
      out.add(new Violation(pc + ".tiers", "a tiered price needs at least one tier"));
      return;
    }
    long below = 0;
    for (int t = 0; t < amount.tiers().size(); t++) {
      Tier tier = amount.tiers().get(t);
      String pt = pc + ".tiers[" + t + "]";
      boolean last = t == amount.tiers().size() - 1;
      if (!tier.unitAmount().isSameCurrency(amount.amount())
          || (tier.flatAmount() != null && !tier.flatAmount().isSameCurrency(amount.amount()))) {
        out.add(new Violation(pt, "tier amounts must be in the price's currency"));
      }
      if (tier.unitAmount().isNegative()) {
        out.add(new Violation(pt + ".unitAmount", "must not be negative"));
      }
      if (tier.flatAmount() != null && tier.flatAmount().isNegative()) {
        out.add(new Violation(pt + ".flatAmount", "must not be negative"));
      }
      if (last && tier.upTo() != null) {
        out.add(new Violation(pt + ".upTo", "the last tier must be open-ended (no upTo)"));
      }
      if (!last && tier.upTo() == null) {
        out.add(new Violation(pt + ".upTo", "only the last tier may be open-ended"));
      } else if (!last && tier.upTo() <= below) {
        out.add(new Violation(pt + ".upTo", "tiers must ascend"));
      }
      if (tier.upTo() != null) {
        below = Math.max(below, tier.upTo());
      }
    }
  }
}
