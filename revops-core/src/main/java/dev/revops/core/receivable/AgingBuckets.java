package dev.revops.core.receivable;

import static java.util.Objects.requireNonNull;

import dev.revops.core.error.InvalidInputException;
import dev.revops.core.error.Violation;
import dev.revops.core.json.PolicyLoader;
import dev.revops.core.validation.InputValidator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A configurable set of delinquency buckets that covers every number of days past due exactly once:
 * the first starts at 0, each next one starts the day after the previous ends, and the last is
 * open-ended. Loads from JSON ({@code {"buckets": [{"name": "current", "minDays": 0, "maxDays": 0},
 * ...]}}) or is built in code; {@link #standard()} is the usual current, 1-30, 31-60, 61-90,
 * 91-120, 120+. Immutable and thread-safe.
 *
 * @param buckets the buckets in ascending order
 */
public record AgingBuckets(@NotEmpty List<@Valid @NotNull AgingBucket> buckets) {

  /** Copies the list (nulls are kept so validation can name them). */
  public AgingBuckets {
    buckets = buckets == null ? null : Collections.unmodifiableList(new ArrayList<>(buckets));
  }

  /**
   * The default buckets: current (0), 1-30, 31-60, 61-90, 91-120 and 120+ (121 and more).
   *
   * @return the buckets
   */
  public static AgingBuckets standard() {
    return Standard.BUCKETS;
  }

  /** Holds the standard buckets, made once on first use. */
  private static final class Standard {
    static final AgingBuckets BUCKETS =
        of(
            List.of(
                AgingBucket.of("current", 0, 0),
                AgingBucket.of("1-30", 1, 30),
                AgingBucket.of("31-60", 31, 60),
                AgingBucket.of("61-90", 61, 90),
                AgingBucket.of("91-120", 91, 120),
                AgingBucket.of("120+", 121, null)));
  }

  /**
   * Makes validated buckets.
   *
   * @param buckets the buckets in ascending order
   * @return the buckets
   * @throws InvalidInputException naming every problem
   */
  public static AgingBuckets of(List<AgingBucket> buckets) {
    AgingBuckets b =
        InputValidator.create().requireValid(new AgingBuckets(buckets), "aging buckets");
    b.requireContiguous();
    return b;
  }

  /**
   * Loads validated buckets from JSON.
   *
   * @param json the document
   * @return the buckets
   * @throws InvalidInputException naming every problem with its JSON path: a {@code null} or empty
   *     document, a key twice in one bucket, a day out of {@code 0..}{@link AgingBucket#MAX_DAYS},
   *     gaps, overlaps, a closed top
   */
  public static AgingBuckets fromJson(String json) {
    if (json == null) {
      throw InvalidInputException.of("aging buckets", "$", "no document (null)");
    }
    AgingBuckets b = PolicyLoader.create().load(json, AgingBuckets.class);
    b.requireContiguous();
    return b;
  }

  private void requireContiguous() {
    List<Violation> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < buckets.size(); i++) {
      AgingBucket b = buckets.get(i);
      String path = "$.buckets[" + i + "]";
      if (!names.add(b.name())) {
        problems.add(new Violation(path + ".name", "duplicate bucket name '" + b.name() + "'"));
      }
      long expectedMin = i == 0 ? 0 : nextStart(buckets.get(i - 1));
      // after an open-ended bucket (reported below) no start is right: say it once, there
      if (expectedMin != Long.MAX_VALUE && b.minDays() != expectedMin) {
        problems.add(
            new Violation(
                path + ".minDays",
                "must be "
                    + expectedMin
                    + (i == 0
                        ? " (the first bucket starts at 0)"
                        : " (day after previous bucket)")));
      }
      if (b.maxDays() != null && b.maxDays() < b.minDays()) {
        problems.add(new Violation(path + ".maxDays", "must not be below minDays"));
      }
      boolean last = i == buckets.size() - 1;
      if (last && !b.isOpenEnded()) {
        problems.add(new Violation(path + ".maxDays", "the last bucket must be open-ended (null)"));
      }
      if (!last && b.isOpenEnded()) {
        problems.add(new Violation(path + ".maxDays", "only the last bucket may be open-ended"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("aging buckets", problems);
    }
  }

  private static long nextStart(AgingBucket previous) {
    // long: the day after the previous end never wraps around
    return previous.maxDays() == null ? Long.MAX_VALUE : previous.maxDays() + 1L;
  }

  /**
   * Returns the bucket a number of days past due falls in.
   *
   * @param daysPastDue days past due, zero or more
   * @return the one bucket that contains it
   */
  public AgingBucket bucketFor(long daysPastDue) {
    if (daysPastDue < 0) {
      throw new IllegalArgumentException("daysPastDue must not be negative: " + daysPastDue);
    }
    for (AgingBucket b : buckets) {
      if (b.contains(daysPastDue)) {
        return b;
      }
    }
    throw new IllegalStateException("buckets do not cover " + daysPastDue + " days");
  }

  /**
   * Returns the position of the bucket a number of days past due falls in (0 for the first): the
   * index a report or a projection keeps its per-bucket totals under.
   *
   * @param daysPastDue days past due, zero or more
   * @return the index of the one bucket that contains it
   */
  public int indexFor(long daysPastDue) {
    if (daysPastDue < 0) {
      throw new IllegalArgumentException("daysPastDue must not be negative: " + daysPastDue);
    }
    for (int i = 0; i < buckets.size(); i++) {
      if (buckets.get(i).contains(daysPastDue)) {
        return i;
      }
    }
    throw new IllegalStateException("buckets do not cover " + daysPastDue + " days");
  }

  /**
   * Returns the position of a bucket (0 for the first).
   *
   * @param name the bucket's name
   * @return its index
   */
  public int indexOf(String name) {
    requireNonNull(name, "name");
    for (int i = 0; i < buckets.size(); i++) {
      if (buckets.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no bucket named " + name);
  }

  /**
   * Returns the bucket names in order.
   *
   * @return the names
   */
  public List<String> names() {
    return buckets.stream().map(AgingBucket::name).toList();
  }
}
