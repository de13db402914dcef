package dev.revops.billing.retirement;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.catalog.Catalog;
import dev.revops.billing.catalog.Plan;
import dev.revops.billing.catalog.PlanPhase;
import dev.revops.billing.catalog.Price;
import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.NotFoundException;
import dev.revops.core.error.Violation;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan retirements of a catalog, checked together: at most one per plan, every successor in the
 * catalog and not itself retired (so there are no chains and no cycles), billing in every currency
 * the retired plan bills in, on the same billing interval unless a reason is given. Immutable and
 * thread-safe.
 *
 * @param retirements the retirements, at most one per plan
 */
public record RetirementSchedule(List<PlanRetirement> retirements) {
  private static final RetirementSchedule NONE = new RetirementSchedule(List.of());

  /** Copies the list. */
  public RetirementSchedule {
    retirements = List.copyOf(retirements);
  }

  /**
   * No plan is retired.
   *
   * @return the empty schedule
   */
  public static RetirementSchedule none() {
    return NONE;
  }

  /**
   * Builds a checked schedule.
   *
   * @param catalog the catalog the plans are in (never null)
   * @param retirements the retirements (never null, no null element)
   * @return the schedule
   * @throws InvalidInputException naming every problem by its path, {@code $.retirements[i].field}
   */
  public static RetirementSchedule of(Catalog catalog, List<PlanRetirement> retirements) {
    List<Violation> problems = problems(catalog, retirements);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("plan retirements", problems);
    }
    return new RetirementSchedule(retirements);
  }

  /**
   * Returns the retirement of a plan.
   *
   * @param planId the plan
   * @return its retirement, or empty when it is not retired
   */
  public Optional<PlanRetirement> forPlan(String planId) {
    for (PlanRetirement r : retirements) {
      if (r.planId().equals(planId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a schedule with one more retirement, checked with the others.
   *
   * @param catalog the catalog
   * @param retirement the new retirement
   * @return the new schedule
   * @throws InvalidInputException when the result has a problem
   */
  public RetirementSchedule with(Catalog catalog, PlanRetirement retirement) {
    List<PlanRetirement> next = new ArrayList<>(retirements);
    next.add(requireNonNull(retirement, "retirement"));
    return of(catalog, next);
  }

  /**
   * Checks retirements against a catalog.
   *
   * @param catalog the catalog (never null)
   * @param retirements the retirements (never null, no null element)
   * @return every problem, each with its path; empty when they can be used
   */
  public static List<Violation> problems(Catalog catalog, List<PlanRetirement> retirements) {
    requireNonNull(catalog, "catalog");
    requireNonNull(retirements, "retirements");
    List<Violation> out = new ArrayList<>();
    Map<String, Integer> retiredAt = new HashMap<>();
    for (int i = 0; i < retirements.size(); i++) {
      String plan = requireNonNull(retirements.get(i), "retirements[" + i + "]").planId();
      if (plan != null && !plan.isBlank()) {
        Integer first = retiredAt.putIfAbsent(plan, i);
        if (first != null) {
          out.add(
              new Violation(
                  path(i, "planId"),
                  "plan '" + plan + "' is already retired at $.retirements[" + first + "]"));
        }
      }
    }
    for (int i = 0; i < retirements.size(); i++) {
      check(catalog, retirements.get(i), i, retiredAt, out);
    }
    cycles(retirements, retiredAt, out);
    return out;
  }

  private static void check(
      Catalog catalog,
      PlanRetirement r,
      int i,
      Map<String, Integer> retiredAt,
      List<Violation> out) {
    Plan retired = plan(catalog, r.planId(), path(i, "planId"), out);
    if (r.retiredFrom() == null) {
      out.add(new Violation(path(i, "retiredFrom"), "required: the first day with no new sales"));
    }
    if (r.noticeDays() < 0) {
      out.add(new Violation(path(i, "noticeDays"), "must be >= 0, got " + r.noticeDays()));
    } else if (r.noticeDays() > PlanRetirement.MAX_NOTICE_DAYS) {
      out.add(
          new Violation(
              path(i, "noticeDays"),
              "must be at most " + PlanRetirement.MAX_NOTICE_DAYS + ", got " + r.noticeDays()));
    }
    checkPolicy(r.pricePolicy(), i, out);
    Plan successor = plan(catalog, r.successorPlanId(), path(i, "successorPlanId"), out);
    if (successor == null) {
      return;
    }
    if (successor.id().equals(r.planId())) {
      out.add(new Violation(path(i, "successorPlanId"), "a plan cannot succeed itself"));
      return;
    }
    Integer successorRetired = retiredAt.get(successor.id());
    if (successorRetired != null) {
      out.add(
          new Violation(
              path(i, "successorPlanId"),
              "plan '"
                  + successor.id()
                  + "' is itself retired (at $.retirements["
                  + successorRetired
                  + "]): name a plan that is still sold"));
    }
    if (retired != null) {
      checkCurrencies(retired, successor, i, out);
      checkInterval(r, retired, successor, i, out);
    }
  }

  private static void checkPolicy(PricePolicy p, int i, List<Violation> out) {
    if (p == null) {
      out.add(new Violation(path(i, "pricePolicy"), "required: GRANDFATHERED or SUCCESSOR_PRICE"));
      return;
    }
    if (p.kind() == null) {
      out.add(
          new Violation(path(i, "pricePolicy.kind"), "required: GRANDFATHERED or SUCCESSOR_PRICE"));
      return;
    }
    String periods = path(i, "pricePolicy.grandfatheredPeriods");
    if (p.kind() == PricePolicyKind.GRANDFATHERED
        && (p.grandfatheredPeriods() == null || p.grandfatheredPeriods() < 1)) {
      out.add(
          new Violation(
              periods, "must be >= 1 for GRANDFATHERED, got " + p.grandfatheredPeriods()));
    }
    if (p.kind() == PricePolicyKind.SUCCESSOR_PRICE && p.grandfatheredPeriods() != null) {
      out.add(new Violation(periods, "only a GRANDFATHERED policy has grandfathered periods"));
    }
  }

  private static void checkCurrencies(Plan retired, Plan successor, int i, List<Violation> out) {
    Set<Currency> from = currencies(retired);
    Set<Currency> to = currencies(successor);
    if (to == null) {
      return; // the successor charges nothing: it bills in any currency
    }
    String why = ": a subscription's currency never changes and amounts never convert";
    if (from == null) {
      out.add(
          new Violation(
              path(i, "successorPlanId"),
              "plan '"
                  + retired.id()
                  + "' has no prices, so its subscribers may bill in any currency, but '"
                  + successor.id()
                  + "' bills only in "
                  + codes(to)
                  + why));
      return;
    }
    Set<String> missing = new TreeSet<>();
    for (Currency c : from) {
      if (!to.contains(c)) {
        missing.add(c.getCurrencyCode());
      }
    }
    if (!missing.isEmpty()) {
      out.add(
          new Violation(
              path(i, "successorPlanId"),
              "plan '"
                  + successor.id()
                  + "' has no price in "
                  + String.join(", ", missing)
                  + ", which '"
                  + retired.id()
                  + "' bills in"
                  + why));
    }
  }

  private static void checkInterval(
      PlanRetirement r, Plan retired, Plan successor, int i, List<Violation> out) {
    boolean same = retired.interval().equals(successor.interval());
    boolean reasoned = r.intervalChangeReason() != null && !r.intervalChangeReason().isBlank();
    if (!same && !reasoned) {
      out.add(
          new Violation(
              path(i, "intervalChangeReason"),
              "plan '"
                  + successor.id()
                  + "' bills "
                  + successor.interval()
                  + ", '"
                  + retired.id()
                  + "' "
                  + retired.interval()
                  + ": say why its subscribers may move to another billing interval"));
    }
    if (same && r.intervalChangeReason() != null) {
      out.add(
          new Violation(
              path(i, "intervalChangeReason"),
              "both plans bill " + retired.interval() + ": there is no interval change"));
    }
  }

  /** Follows successors from each plan; a walk that returns to a plan it passed is a cycle. */
  private static void cycles(
      List<PlanRetirement> retirements, Map<String, Integer> retiredAt, List<Violation> out) {
    Set<String> reported = new LinkedHashSet<>();
    for (int i = 0; i < retirements.size(); i++) {
      String start = retirements.get(i).planId();
      if (start == null || reported.contains(start)) {
        continue;
      }
      List<String> walk = new ArrayList<>();
      String at = start;
      while (at != null && retiredAt.containsKey(at) && !walk.contains(at)) {
        walk.add(at);
        at = retirements.get(retiredAt.get(at)).successorPlanId();
      }
      if (at != null && at.equals(start) && walk.size() > 1) {
        reported.addAll(walk);
        out.add(
            new Violation(
                path(i, "successorPlanId"),
                "successors form a cycle: " + String.join(" -> ", walk) + " -> " + start));
      }
    }
  }

  private static Plan plan(Catalog catalog, String id, String path, List<Violation> out) {
    if (id == null || id.isBlank()) {
      out.add(new Violation(path, "required"));
      return null;
    }
    try {
      return catalog.plan(id);
    } catch (NotFoundException e) {
      out.add(new Violation(path, "unknown plan '" + shorten(id) + "'"));
      return null;
    }
  }

  /**
   * The currencies a plan can bill in: those every price of every phase has an amount in; null when
   * the plan has no price at all (it then bills in any currency).
   */
  static Set<Currency> currencies(Plan plan) {
    Set<Currency> all = null;
    for (PlanPhase phase : plan.phases()) {
      for (Price price : phase.prices()) {
        Set<Currency> these = new LinkedHashSet<>();
        price.versions().get(0).currencies().forEach(a -> these.add(a.currency()));
        if (all == null) {
          all = these;
        } else {
          all.retainAll(these);
        }
      }
    }
    return all;
  }

  private static String codes(Set<Currency> currencies) {
    Set<String> out = new TreeSet<>();
    currencies.forEach(c -> out.add(c.getCurrencyCode()));
    return String.join(", ", out);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }

  private static String path(int i, String field) {
    return "$.retirements[" + i + "]." + field;
  }
}
