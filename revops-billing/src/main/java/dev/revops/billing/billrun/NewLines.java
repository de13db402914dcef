package dev.revops.billing.billrun;

import dev.revops.billing.invoice.InvoiceLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines one generation bills and the next date anything is due. Rule (invoice generation): the
 * generator returns the new items and the next wake-up date; what is due by the target is billed
 * now, anything due later only moves the next date. Mutable and confined to one generation.
 */
final class NewLines {
  private final LocalDate target;
  private final List<InvoiceLine> lines = new ArrayList<>();
  private LocalDate next;

  /**
   * Starts an empty bill.
   *
   * @param target the last day billed (inclusive)
   */
  NewLines(LocalDate target) {
    this.target = target;
  }

  /**
   * Tells whether something due on a day is billed now; when not, the day is a candidate for the
   * next date.
   *
   * @param due the day it is due
   * @return true when due by the target
   */
  boolean dueNow(LocalDate due) {
    if (!due.isAfter(target)) {
      return true;
    }
    if (next == null || due.isBefore(next)) {
      next = due;
    }
    return false;
  }

  /**
   * Adds a line billed now.
   *
   * @param line the line
   */
  void add(InvoiceLine line) {
    lines.add(line);
  }

  /** The last day billed. */
  LocalDate target() {
    return target;
  }

  /** The lines, in the order added. */
  List<InvoiceLine> lines() {
    return lines;
  }

  /** The earliest day something not billed now is due, or null. */
  LocalDate next() {
    return next;
  }
}
