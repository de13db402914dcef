package dev.revops.archrules.planted.billrun;

import dev.revops.archrules.planted.invoice.PlantedInvoice;

/** The other half of the planted cycle. */
public final class PlantedBillRun {
  private PlantedBillRun() {}

  /**
   * @return a reference back into invoice
   */
  public static Class<?> back() {
    return PlantedInvoice.class;
  }
}
