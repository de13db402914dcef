package dev.revops.sales.port;

import dev.revops.core.port.Repository;
import dev.revops.sales.campaign.CampaignMembership;
import java.util.List;

/**
 * Stores who entered which campaign and when ({@link CampaignMembership}), keyed by {@code
 * campaign/contact}. Implementations must be thread-safe; {@code
 * port.memory.InMemoryCampaignMembershipRepository} is the embedded default.
 */
public interface CampaignMembershipRepository extends Repository<String, CampaignMembership> {
  /**
   * Returns a campaign's members.
   *
   * @param campaignId the campaign
   * @return its members, in no particular order; empty when none
   */
  List<CampaignMembership> findByCampaign(String campaignId);

  @Override
  default String typeName() {
    return "CampaignMembership";
  }
}
