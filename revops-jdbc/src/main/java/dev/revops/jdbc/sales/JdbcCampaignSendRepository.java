package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.sales.campaign.CampaignSend;
import dev.revops.sales.port.CampaignSendRepository;
import java.util.List;

/**
 * {@link CampaignSendRepository} on table {@code revops_campaign_sends}: one row per campaign
 * message ({@code campaign/step/contact}) with its campaign, step, contact, channel, status and
 * attempts as columns and the whole message, its activity log included, in {@code body} (ids, rule
 * ids and channel codes only: no address or text). Saves are optimistic, so of two instances that
 * record the same attempt only one wins and calls the channel. {@link #findByCampaign} reads the
 * index on {@code (campaign_id, id)} and returns the messages in id order. Nothing here logs.
 * Thread-safe.
 */
public final class JdbcCampaignSendRepository extends JdbcRepository<String, CampaignSend>
    implements CampaignSendRepository {
  /** The table. */
  static final String TABLE = "revops_campaign_sends";

  /** The condition of {@link #findByCampaign}. */
  static final String WHERE_CAMPAIGN = "WHERE campaign_id = ? ORDER BY id";

  /**
   * Creates the repository.
   *
   * @param db the database (migrated)
   */
  public JdbcCampaignSendRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            CampaignSend.class,
            id -> id,
            List.of(
                new Column<>("campaign_id", (s, i, m) -> s.setString(i, m.target().campaignId())),
                new Column<>("step_id", (s, i, m) -> s.setString(i, m.target().stepId())),
                new Column<>(
                    "contact_id", (s, i, m) -> s.setString(i, m.target().contact().value())),
                new Column<>("channel", (s, i, m) -> s.setString(i, m.target().channel().name())),
                new Column<>("status", (s, i, m) -> s.setString(i, m.status().name())),
                new Column<>("attempts", (s, i, m) -> s.setInt(i, m.attempts()))),
            null));
  }

  @Override
  public List<CampaignSend> findByCampaign(String campaignId) {
    requireNonNull(campaignId, "campaignId");
    return table.queryBy(WHERE_CAMPAIGN, campaignId);
  }
}
