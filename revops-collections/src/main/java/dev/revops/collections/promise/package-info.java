/** Promises to pay: amount, date, grace and tolerance, with their state machine and alerts. */
package dev.revops.collections.promise;
