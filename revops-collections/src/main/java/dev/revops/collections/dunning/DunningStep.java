package dev.revops.collections.dunning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One rung of a dunning ladder: an offset in days from the due date of the oldest unpaid receivable
 * (negative = a reminder before it is due), optional conditions and the actions to take. Immutable.
 *
 * @param id a stable id, unique in the policy; executed steps are remembered by it
 * @param offsetDays days from the due date, within {@code -MAX_OFFSET_DAYS..MAX_OFFSET_DAYS}; the
 *     step is due from 00:00 of that day in the debtor's zone
 * @param conditions when the step applies; null means always
 * @param actions what to do, at least one
 */
public record DunningStep(
    @NotBlank String id,
    @NotNull @Min(-MAX_OFFSET_DAYS) @Max(MAX_OFFSET_DAYS) Integer offsetDays,
    @Valid DunningConditions conditions,
    @NotEmpty List<@NotNull DunningAction> actions) {

  /**
   * The largest offset in days either side of the due date (ten years): a step further away would
   * never run, and a larger one overflows the calendar.
   */
  public static final int MAX_OFFSET_DAYS = 3650;

  /** Copies the actions; null conditions become {@link DunningConditions#none()}. */
  public DunningStep {
    conditions = conditions == null ? DunningConditions.none() : conditions;
    actions = actions == null ? null : Collections.unmodifiableList(new ArrayList<>(actions));
  }

  /**
   * A step without conditions.
   *
   * @param id the id
   * @param offsetDays days from the due date
   * @param actions the actions
   * @return the step
   */
  public static DunningStep of(String id, int offsetDays, DunningAction... actions) {
    return new DunningStep(id, offsetDays, null, List.of(actions));
  }

  /**
   * Returns a copy with conditions.
   *
   * @param when the conditions
   * @return the copy
   */
  public DunningStep when(DunningConditions when) {
    return new DunningStep(id, offsetDays, when, actions);
  }
}
