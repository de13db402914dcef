/**
 * Invoice generation: a pure function from an account's subscriptions, the catalog, its existing
 * invoices and a target date to the new invoice lines and the next date anything is due. {@link
 * dev.revops.billing.billrun.InvoiceGenerator} is the entry point; inside, each period of each
 * subscription goes through three rules, one class each: what should be billed ({@code
 * ShouldBeBilled}, with {@code OneTimeCharges} for one-time prices), what was billed ({@code
 * AlreadyBilled}) and the difference becoming lines ({@code Difference}). Proration is computed in
 * {@link dev.revops.billing.proration.Proration} only. {@link dev.revops.billing.billrun.Watermark}
 * says which periods are settled, so a run recomputes only the others and reads only the invoices
 * that can still matter. The bill run over many accounts is in {@code dev.revops.billing.service}.
 */
package dev.revops.billing.billrun;
