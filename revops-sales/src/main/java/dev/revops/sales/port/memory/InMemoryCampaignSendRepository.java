package dev.revops.sales.port.memory;

import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.campaign.CampaignSend;
import dev.revops.sales.port.CampaignSendRepository;
import java.util.List;

/** A thread-safe in-memory {@link CampaignSendRepository}, indexed by campaign. */
public final class InMemoryCampaignSendRepository extends InMemoryRepository<String, CampaignSend>
    implements CampaignSendRepository {
  private final InMemoryIndex<String, String, CampaignSend> byCampaign =
      index(s -> List.of(s.target().campaignId()));

  /** Creates an empty repository. */
  public InMemoryCampaignSendRepository() {
    super("CampaignSend");
  }

  @Override
  public List<CampaignSend> findByCampaign(String campaignId) {
    return findBy(byCampaign, campaignId);
  }
}
