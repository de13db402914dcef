package dev.revops.sales.lead;

/**
 * Where a lead came from: every source the project's seeds name. Some sources need more input when
 * captured ({@link #needsDetail()}, {@link #needsConsent()}, {@link #needsReferrer()}). Immutable.
 */
public enum LeadSource {
  /** A trade show: detail is the show's name. */
  TRADE_SHOW,
  /** An event the business ran or attended: detail is the event's name. */
  EVENT,
  /** A seminar or webinar: detail is its name. */
  SEMINAR,
  /** A web form on the site: needs consent; detail is the form or page. */
  WEB_FORM,
  /** A landing page or microsite: needs consent; detail is the page. */
  LANDING_PAGE,
  /** Social media: detail is the network or post. */
  SOCIAL_MEDIA,
  /** A community (forum, user group, association): detail is its name. */
  COMMUNITY,
  /** A purchased external database: detail is the list's name; needs cleaning and qualifying. */
  PURCHASED_DATABASE,
  /** A referral: needs the referrer (a customer, partner, employee id). */
  REFERRAL,
  /** An inbound phone call. */
  INBOUND_CALL,
  /** An inbound e-mail. */
  INBOUND_EMAIL,
  /** An inbound chat on the site. */
  INBOUND_CHAT,
  /** An outbound campaign (cold e-mail, cold call, door-to-door): detail is the campaign. */
  OUTBOUND_CAMPAIGN;

  /**
   * Tells whether a capture from this source must name its detail (event, page, list, campaign).
   *
   * @return true for events, forms, social, community, purchased lists and campaigns
   */
  public boolean needsDetail() {
    return switch (this) {
      case REFERRAL, INBOUND_CALL, INBOUND_EMAIL, INBOUND_CHAT -> false;
      default -> true;
    };
  }

  /**
   * Tells whether the person must have given marketing consent in the capture itself (forms).
   *
   * @return true for web forms and landing pages
   */
  public boolean needsConsent() {
    return this == WEB_FORM || this == LANDING_PAGE;
  }

  /**
   * Tells whether the capture must name who referred the lead.
   *
   * @return true for referrals
   */
  public boolean needsReferrer() {
    return this == REFERRAL;
  }

  /**
   * Tells whether the lead came to the business by itself (inbound) rather than being sought out.
   *
   * @return true for forms, pages, inbound calls, e-mails, chats and referrals
   */
  public boolean isInbound() {
    return switch (this) {
      case WEB_FORM, LANDING_PAGE, INBOUND_CALL, INBOUND_EMAIL, INBOUND_CHAT, REFERRAL -> true;
      default -> false;
    };
  }
}
