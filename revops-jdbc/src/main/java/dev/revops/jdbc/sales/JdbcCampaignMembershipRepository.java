package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import dev.revops.sales.campaign.CampaignMembership;
import dev.revops.sales.port.CampaignMembershipRepository;
import java.util.List;

/**
 * {@link CampaignMembershipRepository} on table {@code revops_campaign_members}: one row per person
 * in a campaign ({@code campaign/contact}) with the campaign, contact, account and the instants of
 * entering and converting as columns. Saves are optimistic: of two instances that see a person for
 * the first time, one inserts the row and the other gets a conflict (and reads the winner's).
 * {@link #findByCampaign} reads the index on {@code (campaign_id, id)} and returns the members in
 * id order. Nothing here logs. Thread-safe.
 */
public final class JdbcCampaignMembershipRepository
    extends JdbcRepository<String, CampaignMembership> implements CampaignMembershipRepository {
  /** The table. */
  static final String TABLE = "revops_campaign_members";

  /** The condition of {@link #findByCampaign}. */
  static final String WHERE_CAMPAIGN = "WHERE campaign_id = ? ORDER BY id";

  /**
   * Creates the repository.
   *
   * @param db the database (migrated)
   */
  public JdbcCampaignMembershipRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            TABLE,
            CampaignMembership.class,
            id -> id,
            List.of(
                new Column<>("campaign_id", (s, i, m) -> s.setString(i, m.campaignId())),
                new Column<>("contact_id", (s, i, m) -> s.setString(i, m.contact().value())),
                new Column<>("account_id", (s, i, m) -> s.setString(i, m.account().value())),
                new Column<>("entered_at", (s, i, m) -> Sql.setInstant(s, i, m.enteredAt())),
                new Column<>("converted_at", (s, i, m) -> Sql.setInstant(s, i, m.convertedAt()))),
            null));
  }

  @Override
  public List<CampaignMembership> findByCampaign(String campaignId) {
    requireNonNull(campaignId, "campaignId");
    return table.queryBy(WHERE_CAMPAIGN, campaignId);
  }
}
