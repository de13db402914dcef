package dev.revops.examples.simulation;

import dev.revops.core.money.Money;

/**
 * Money totals over the whole run, read back from the invoice repository at the end. Immutable.
 *
 * @param invoiced the totals of every finalized invoice
 * @param paid every payment applied
 * @param credited credit notes that reduced amounts due, and account credit used or created
 * @param writtenOff amounts due on invoices marked uncollectible
 * @param receivables what is still due on open invoices at the end
 * @param unappliedCredit account credit balances not used yet at the end
 */
public record Ledger(
    Money invoiced,
    Money paid,
    Money credited,
    Money writtenOff,
    Money receivables,
    Money unappliedCredit) {
  /**
   * Tells whether the books balance: invoiced - paid - credited - written off = receivables.
   *
   * @return true when they do
   */
  public boolean balances() {
    return invoiced.minus(paid).minus(credited).minus(writtenOff).equals(receivables);
  }
}
