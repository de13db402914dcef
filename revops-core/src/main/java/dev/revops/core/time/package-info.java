/**
 * Time without a hidden clock: half-open {@link dev.revops.core.time.DateRange}s, the {@link
 * dev.revops.core.time.BusinessCalendar} for SLAs and notice periods, and a {@link
 * dev.revops.core.time.ManualClock} for tests and simulations.
 */
package dev.revops.core.time;
