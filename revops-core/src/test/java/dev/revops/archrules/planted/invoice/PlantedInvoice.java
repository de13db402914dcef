package dev.revops.archrules.planted.invoice;

import dev.revops.archrules.planted.billrun.PlantedBillRun;
import dev.revops.archrules.planted.port.PlantedStore;

/**
 * A planted cycle and layer break (invoice -> billrun -> invoice, domain -> port) for the rules'
 * own test.
 */
public final class PlantedInvoice {
  private PlantedInvoice() {}

  /**
   * @return a reference into billrun, closing the cycle
   */
  public static Class<?> next() {
    return PlantedBillRun.class;
  }

  /**
   * @return a reference into port, which a domain package must not make
   */
  public static Class<?> store() {
    return PlantedStore.class;
  }
}
