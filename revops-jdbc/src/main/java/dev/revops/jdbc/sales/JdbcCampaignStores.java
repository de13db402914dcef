package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.table.Database;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.port.CampaignChannel;
import dev.revops.sales.service.CampaignSender;

/**
 * revops-sales' campaign and marketing stores on one database: the campaign messages with their
 * activity log ({@code revops_campaign_sends}), the campaign members ({@code
 * revops_campaign_members}), the frequency cap's history ({@code revops_marketing_sends}), the
 * national and company do-not-call lists ({@code revops_do_not_call}) and the marketing exclusions
 * ({@code revops_marketing_exclusions}). Immutable and thread-safe; make one per database and share
 * it.
 *
 * <pre>{@code
 * RevOpsDatabase db = RevOpsDatabase.on(dataSource).migrate();
 * JdbcCampaignStores stores = JdbcCampaignStores.of(db);
 * MarketingGate gate = new MarketingGate(policy, stores.gatePorts(), db.locks());
 * SalesContext context =
 *     new SalesContext(db.unitOfWork(), db.outbox(), db.locks(), ids, Clock.systemUTC());
 * CampaignSender sender =
 *     new CampaignSender(stores.senderPorts(channel), gate, settings, context);
 * }</pre>
 *
 * <p>Give the gate the database's locks ({@code db.locks()}): the frequency cap holds across
 * instances only when every instance locks the same rows.
 */
public final class JdbcCampaignStores {
  private final JdbcCampaignSendRepository sends;
  private final JdbcCampaignMembershipRepository memberships;
  private final JdbcMarketingSendHistory history;
  private final JdbcDoNotCallList nationalDoNotCall;
  private final JdbcDoNotCallList companyDoNotCall;
  private final JdbcMarketingExclusions exclusions;

  private JdbcCampaignStores(Database d) {
    this.sends = new JdbcCampaignSendRepository(d);
    this.memberships = new JdbcCampaignMembershipRepository(d);
    this.history = new JdbcMarketingSendHistory(d);
    this.nationalDoNotCall = JdbcDoNotCallList.national(d);
    this.companyDoNotCall = JdbcDoNotCallList.company(d);
    this.exclusions = new JdbcMarketingExclusions(d);
  }

  /**
   * Returns the stores on a database.
   *
   * @param db the database (migrated)
   * @return the stores
   */
  public static JdbcCampaignStores of(RevOpsDatabase db) {
    return new JdbcCampaignStores(requireNonNull(db, "db").database());
  }

  /**
   * Returns a sender's ports: these stores and the host's channel.
   *
   * @param channel sends the messages (the host's e-mail service, SMS gateway or dialer)
   * @return the ports
   */
  public CampaignSender.Ports senderPorts(CampaignChannel channel) {
    return new CampaignSender.Ports(sends, memberships, requireNonNull(channel, "channel"));
  }

  /**
   * Returns a marketing gate's ports: the exclusions, the national and company do-not-call lists
   * and the history.
   *
   * @return the ports
   */
  public MarketingGate.Ports gatePorts() {
    return new MarketingGate.Ports(exclusions, nationalDoNotCall, companyDoNotCall, history);
  }

  /**
   * Returns the campaign messages and their activity log.
   *
   * @return the repository
   */
  public JdbcCampaignSendRepository sends() {
    return sends;
  }

  /**
   * Returns the campaign members.
   *
   * @return the repository
   */
  public JdbcCampaignMembershipRepository memberships() {
    return memberships;
  }

  /**
   * Returns the marketing contacts made, the frequency cap's history.
   *
   * @return the history
   */
  public JdbcMarketingSendHistory history() {
    return history;
  }

  /**
   * Returns the host's copy of the national do-not-call registry, to refresh.
   *
   * @return the list {@value JdbcDoNotCallList#NATIONAL}
   */
  public JdbcDoNotCallList nationalDoNotCall() {
    return nationalDoNotCall;
  }

  /**
   * Returns the company's own do-not-call list.
   *
   * @return the list {@value JdbcDoNotCallList#COMPANY}
   */
  public JdbcDoNotCallList companyDoNotCall() {
    return companyDoNotCall;
  }

  /**
   * Returns the marketing exclusions.
   *
   * @return the store
   */
  public JdbcMarketingExclusions exclusions() {
    return exclusions;
  }
}
