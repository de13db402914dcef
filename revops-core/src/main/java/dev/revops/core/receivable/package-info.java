/** Receivables: the shared vocabulary of who owes what, which billing and collections meet on. */
package dev.revops.core.receivable;
