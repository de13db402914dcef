package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.campaign.CampaignSend;
import java.util.List;

/**
 * Stores campaign messages ({@link CampaignSend}) under optimistic versioning, keyed by {@code
 * campaign/step/contact}: the campaign's send records and its activity log. Implementations must be
 * thread-safe; {@code port.memory.InMemoryCampaignSendRepository} is the embedded default.
 */
public interface CampaignSendRepository extends Repository<String, CampaignSend> {
  /**
   * Returns a campaign's messages (a database answers it from an index on the campaign column).
   *
   * @param campaignId the campaign
   * @return its messages, in no particular order; empty when none
   */
  List<CampaignSend> findByCampaign(String campaignId);

  @Override
  default String typeName() {
    return "CampaignSend";
  }
}
