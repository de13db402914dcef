package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.campaign.CampaignMembership;
import dev.revops.sales.port.CampaignMembershipRepository;
import java.util.List;

/** A thread-safe in-memory {@link CampaignMembershipRepository}, indexed by campaign. */
public final class InMemoryCampaignMembershipRepository
    extends InMemoryRepository<String, CampaignMembership> implements CampaignMembershipRepository {
  private final InMemoryIndex<String, String, CampaignMembership> byCampaign =
      index(m -> List.of(m.campaignId()));

  /** Creates an empty repository. */
  public InMemoryCampaignMembershipRepository() {
    super("CampaignMembership");
  }

  @Override
  public List<CampaignMembership> findByCampaign(String campaignId) {
    return findBy(byCampaign, campaignId);
  }
}
