package dev.revops.benchmarks.statemachine;

import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The squirrel-foundation flavour of the invoice machine: squirrel instantiates this class through
 * reflection, one instance per invoice, from a shared builder. Mutable, not for sharing between
 * threads.
 */
public class SquirrelInvoiceMachine
    extends AbstractStateMachine<SquirrelInvoiceMachine, InvoiceStatus, InvoiceEvent, Object> {
  /** Called by squirrel's builder. */
  public SquirrelInvoiceMachine() {}
}
