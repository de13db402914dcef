package dev.revops.collections.plan;

import java.time.LocalDate;

/** How often installments fall due. */
public enum Frequency {
  /** Every week. */
  WEEKLY,
  /** Every month, on the first installment's day of month (clamped to shorter months). */
  MONTHLY;

  /**
   * Returns the due date of an installment.
   *
   * @param first the first due date
   * @param index the installment's index, 0 for the first
   * @return the due date, always counted from the first so month ends do not drift
   */
  public LocalDate dueOn(LocalDate first, int index) {
    return this == WEEKLY ? first.plusWeeks(index) : first.plusMonths(index);
  }
}
