package dev.revops.benchmarks.statemachine;

/** The hand-written floor: the invoice machine as a {@code switch}. Stateless and thread-safe. */
public final class SwitchInvoiceMachine {
  private SwitchInvoiceMachine() {}

  /**
   * Returns where an event leads.
   *
   * @param from the current state, not null
   * @param event the event, not null
   * @return the next state
   * @throws IllegalStateException when the move does not exist
   */
  public static InvoiceStatus next(InvoiceStatus from, InvoiceEvent event) {
    switch (from) {
      case DRAFT:
        if (event == InvoiceEvent.FINALIZE) {
          return InvoiceStatus.OPEN;
        }
        break;
      case OPEN:
        switch (event) {
          case PAY:
            return InvoiceStatus.PAID;
          case VOID:
            return InvoiceStatus.VOID;
          case MARK_UNCOLLECTIBLE:
            return InvoiceStatus.UNCOLLECTIBLE;
          default:
            break;
        }
        break;
      case UNCOLLECTIBLE:
        if (event == InvoiceEvent.PAY) {
          return InvoiceStatus.PAID;
        }
        if (event == InvoiceEvent.VOID) {
          return InvoiceStatus.VOID;
        }
        break;
      default:
        break;
    }
    throw new IllegalStateException("no move from " + from + " on " + event);
  }
}
