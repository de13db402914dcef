package dev.revops.sales.servicecase;

/** How bad an incident is. Immutable. */
public enum Severity {
  /** Service down for the customer. */
  CRITICAL,
  /** Major function impaired. */
  HIGH,
  /** Minor function impaired. */
  MEDIUM,
  /** Cosmetic or a question. */
  LOW
}
