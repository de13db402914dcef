package dev.revops.sales.servicecase;

/** Where a case came in (for complaints, where the customer complained). Immutable. */
public enum CaseChannel {
  /** An e-mail. */
  EMAIL,
  /** A call. */
  PHONE,
  /** A chat. */
  CHAT,
  /** A form on the site. */
  WEB_FORM,
  /** A review on a public site. */
  PUBLIC_REVIEW,
  /** A post on social media. */
  SOCIAL_MEDIA,
  /** At the reception or on site. */
  IN_PERSON
}
