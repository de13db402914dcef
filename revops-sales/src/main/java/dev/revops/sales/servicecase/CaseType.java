package dev.revops.sales.servicecase;

/** What a service case is about: one model for all three. Immutable. */
public enum CaseType {
  /** A customer needs help using the product. */
  SUPPORT,
  /** A customer complains (by e-mail, a call, a public review, social media); needs a channel. */
  COMPLAINT,
  /** The service is broken; needs a severity; escalates on high-value accounts. */
  INCIDENT
}
