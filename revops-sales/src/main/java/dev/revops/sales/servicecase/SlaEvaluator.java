package dev.revops.sales.servicecase;

import static java.util.Objects.requireNonNull;

import dev.revops.core.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes a case's SLA clocks at any instant. A clock counts business time (on the policy's
 * calendar) only while the case is NEW or OPEN: pending and closed states stop it. First response
 * runs from creation to the first agent response; update runs from the latest agent response while
 * the case is not closed; solution runs from creation to closing. Stateless and thread-safe.
 */
public final class SlaEvaluator {
  private SlaEvaluator() {}

  /**
   * Evaluates every clock the policy sets a target for.
   *
   * @param c the case
   * @param policy its SLA policy
   * @param at the instant, not before the case was created
   * @return the clocks
   */
  public static List<SlaClock> evaluate(ServiceCase c, SlaPolicy policy, Instant at) {
    requireNonNull(at, "at");
    List<SlaClock> clocks = new ArrayList<>();
    boolean running = CaseLifecycle.clockRuns(statusAt(c, at));
    if (policy.firstResponse() != null) {
      Instant stop = before(c.firstResponseAt(), at);
      clocks.add(
          clock(
              SlaClock.Kind.FIRST_RESPONSE,
              policy,
              c,
              c.createdAt(),
              stop,
              stop != null,
              running,
              at));
    }
    if (policy.update() != null && c.lastResponseAt() != null && !c.lastResponseAt().isAfter(at)) {
      boolean done = c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.MERGED;
      clocks.add(
          clock(SlaClock.Kind.UPDATE, policy, c, c.lastResponseAt(), null, done, running, at));
    }
    if (policy.solution() != null) {
      Instant stop = before(c.closedAt(), at);
      clocks.add(
          clock(
              SlaClock.Kind.SOLUTION,
              policy,
              c,
              c.createdAt(),
              stop,
              stop != null || c.status() == CaseStatus.MERGED,
              running,
              at));
    }
    return List.copyOf(clocks);
  }

  /**
   * Returns the clocks that are breached at an instant.
   *
   * @param c the case
   * @param policy its policy
   * @param at the instant
   * @return the breached clocks
   */
  public static List<SlaClock> breaches(ServiceCase c, SlaPolicy policy, Instant at) {
    return evaluate(c, policy, at).stream()
        .filter(k -> k.state() == SlaClock.State.BREACHED)
        .toList();
  }

  /**
   * Returns the clocks with an upcoming breach (at most the warning time left).
   *
   * @param c the case
   * @param policy its policy
   * @param at the instant
   * @return the clocks close to breaching
   */
  public static List<SlaClock> upcoming(ServiceCase c, SlaPolicy policy, Instant at) {
    return evaluate(c, policy, at).stream()
        .filter(k -> k.state() == SlaClock.State.WARNING)
        .toList();
  }

  /**
   * Measures the business time a case spent in NEW or OPEN within {@code [from, to)}.
   *
   * @param c the case
   * @param calendar the calendar
   * @param from the start
   * @param to the end
   * @return the running time; pending and closed time never counts
   */
  public static Duration runningTime(
      ServiceCase c, BusinessCalendar calendar, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    List<StatusInterval> h = c.history();
    for (int i = 0; i < h.size(); i++) {
      if (!CaseLifecycle.clockRuns(h.get(i).status())) {
        continue;
      }
      Instant s = max(h.get(i).from(), from);
      Instant e = i + 1 < h.size() ? min(h.get(i + 1).from(), to) : to;
      if (s.isBefore(e)) {
        total = total.plus(calendar.businessTimeBetween(s, e));
      }
    }
    return total;
  }

  private static SlaClock clock(
      SlaClock.Kind kind,
      SlaPolicy policy,
      ServiceCase c,
      Instant start,
      Instant stop,
      boolean done,
      boolean running,
      Instant at) {
    Duration target =
        switch (kind) {
          case FIRST_RESPONSE -> policy.firstResponse();
          case UPDATE -> policy.update();
          case SOLUTION -> policy.solution();
        };
    Duration elapsed = runningTime(c, policy.calendar(), start, stop == null ? at : stop);
    Duration left = target.minus(elapsed);
    SlaClock.State state;
    Instant due = null;
    if (left.isNegative()) {
      state = SlaClock.State.BREACHED;
    } else if (done) {
      state = SlaClock.State.MET;
    } else {
      state =
          left.compareTo(policy.warnBefore()) <= 0
              ? SlaClock.State.WARNING
              : SlaClock.State.RUNNING;
      if (running) {
        due = policy.calendar().addBusinessTime(at, left);
      }
    }
    return new SlaClock(kind, target, elapsed, state, due);
  }

  private static CaseStatus statusAt(ServiceCase c, Instant at) {
    CaseStatus s = CaseStatus.NEW;
    for (StatusInterval i : c.history()) {
      if (!i.from().isAfter(at)) {
        s = i.status();
      }
    }
    return s;
  }

  private static Instant before(Instant t, Instant at) {
    return t != null && !t.isAfter(at) ? t : null;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
