/**
 * Invoice generation: a pure function from an account's subscriptions, the catalog, its existing
 * invoices and a target date to the new invoice lines and the next date anything is due. The bill
 * run over many accounts is in {@code dev.revops.billing.service}.
 */
package dev.revops.billing.billrun;
