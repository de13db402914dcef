package dev.revops.metrics.campaign;

/**
 * What one campaign (or one variant of it) did, counted in unique contacts: messages or calls sent,
 * delivered (reached the contact: a delivered e-mail or SMS, a connected call), bounced (refused
 * for good by the receiving side), opened, clicked, converted (reached the campaign's goal) and
 * unsubscribed. Channels without opens or clicks (calls) report 0 for them. Immutable and
 * thread-safe.
 *
 * @param sent contacts sent to, at least 0
 * @param delivered contacts delivered to
 * @param bounced contacts whose message bounced; {@code delivered + bounced <= sent}
 * @param opened contacts that opened, at most {@code delivered}
 * @param clicked contacts that clicked, at most {@code delivered} (a click can come without a
 *     recorded open when images are blocked)
 * @param converted contacts that converted, at most {@code delivered}
 * @param unsubscribed contacts that unsubscribed, at most {@code delivered}
 */
public record CampaignCounts(
    long sent,
    long delivered,
    long bounced,
    long opened,
    long clicked,
    long converted,
    long unsubscribed) {

  /** Checks the counts are consistent. */
  public CampaignCounts {
    if (sent < 0
        || delivered < 0
        || bounced < 0
        || opened < 0
        || clicked < 0
        || converted < 0
        || unsubscribed < 0) {
      throw new IllegalArgumentException("campaign counts must not be negative");
    }
    if (delivered + bounced > sent) {
      throw new IllegalArgumentException(
          "delivered (" + delivered + ") + bounced (" + bounced + ") exceed sent (" + sent + ")");
    }
    if (opened > delivered
        || clicked > delivered
        || converted > delivered
        || unsubscribed > delivered) {
      throw new IllegalArgumentException(
          "opened, clicked, converted and unsubscribed must each be at most delivered ("
              + delivered
              + ")");
    }
  }
}
