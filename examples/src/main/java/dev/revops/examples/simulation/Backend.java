package dev.revops.examples.simulation;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.PaymentGateway;
import dev.revops.billing.port.PlanMigrationRepository;
import dev.revops.billing.port.memory.InMemoryPlanMigrationRepository;
import dev.revops.billing.service.BillingStores;
import dev.revops.collections.CollectionsModule;
import dev.revops.collections.port.memory.InMemoryActivityLog;
import dev.revops.collections.port.memory.InMemoryPaymentStatus;
import dev.revops.collections.port.memory.InMemoryPlanRepository;
import dev.revops.collections.port.memory.InMemoryPromiseRepository;
import dev.revops.collections.service.DunningService;
import dev.revops.core.id.ReceivableId;
import dev.revops.core.money.Money;
import dev.revops.core.port.Locks;
import dev.revops.core.port.Outbox;
import dev.revops.core.port.UnitOfWork;
import dev.revops.core.port.memory.InMemoryLocks;
import dev.revops.core.port.memory.InMemoryOutbox;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.jdbc.billing.JdbcBillingStores;
import dev.revops.jdbc.billing.JdbcRetirementStores;
import dev.revops.jdbc.collections.JdbcCollectionsStores;
import dev.revops.jdbc.collections.JdbcPaymentStatus;
import dev.revops.jdbc.sales.JdbcCampaignStores;
import dev.revops.jdbc.sales.JdbcReferralStores;
import dev.revops.jdbc.sales.JdbcSalesStores;
import dev.revops.sales.marketing.MarketingGate;
import dev.revops.sales.port.CampaignChannel;
import dev.revops.sales.port.memory.InMemoryCampaignMembershipRepository;
import dev.revops.sales.port.memory.InMemoryCampaignSendRepository;
import dev.revops.sales.referral.InMemoryReferralCodeRepository;
import dev.revops.sales.referral.InMemoryReferralRepository;
import dev.revops.sales.referral.ReferralCodeRepository;
import dev.revops.sales.referral.ReferralRepository;
import dev.revops.sales.service.CampaignSender;
import dev.revops.sales.service.SalesStores;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a simulation keeps its state: revops' in-memory defaults, or a database through revops-jdbc
 * (H2 or PostgreSQL). The run, its random draws and its books are the same on each; only the ports
 * differ.
 */
public final class Backend {
  private final String name;
  private final UnitOfWork work;
  private final Outbox outbox;
  private final Locks locks;
  private final SalesStores sales;
  private final Function<PaymentGateway, BillingStores> billing;
  private final CollectionsModule.Stores collections;
  private final BiConsumer<ReceivableId, Money> paymentStatus;
  private final UnitOfWork relayWork;
  private final Function<CampaignChannel, CampaignSender.Ports> campaigns;
  private final Supplier<MarketingGate.Ports> gate;
  private final Supplier<ReferralRepository> referrals;
  private final Supplier<ReferralCodeRepository> referralCodes;
  private final Supplier<PlanMigrationRepository> planMigrations;

  private Backend(
      String name,
      UnitOfWork work,
      Outbox outbox,
      Locks locks,
      SalesStores sales,
      Function<PaymentGateway, BillingStores> billing,
      CollectionsModule.Stores collections,
      BiConsumer<ReceivableId, Money> paymentStatus,
      UnitOfWork relayWork,
      Function<CampaignChannel, CampaignSender.Ports> campaigns,
      Supplier<MarketingGate.Ports> gate,
      Supplier<ReferralRepository> referrals,
      Supplier<ReferralCodeRepository> referralCodes,
      Supplier<PlanMigrationRepository> planMigrations) {
    this.name = name;
    this.work = work;
    this.outbox = outbox;
    this.locks = locks;
    this.sales = sales;
    this.billing = billing;
    this.collections = collections;
    this.paymentStatus = paymentStatus;
    this.relayWork = relayWork;
    this.campaigns = campaigns;
    this.gate = gate;
    this.referrals = referrals;
    this.referralCodes = referralCodes;
    this.planMigrations = planMigrations;
  }

  /**
   * revops' in-memory defaults: one unit of work, outbox and lock set for every module.
   *
   * @return the backend
   */
  public static Backend memory() {
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    InMemoryPaymentStatus status = new InMemoryPaymentStatus();
    return new Backend(
        "memory",
        work,
        new InMemoryOutbox(),
        new InMemoryLocks(),
        SalesStores.inMemory(),
        gateway -> BillingStores.inMemory().withGateway(gateway),
        new CollectionsModule.Stores(
            new InMemoryRepository<>(DunningService.TYPE_NAME),
            new InMemoryPromiseRepository(),
            new InMemoryPlanRepository(),
            new InMemoryActivityLog(),
            status),
        status::set,
        UnitOfWork.direct(),
        Backend::campaignsInMemory,
        MarketingGate.Ports::inMemory,
        InMemoryReferralRepository::new,
        InMemoryReferralCodeRepository::new,
        InMemoryPlanMigrationRepository::new);
  }

  /**
   * Every port on a database (migrated): its unit of work, outbox, row locks and tables.
   *
   * @param db the database
   * @return the backend
   */
  public static Backend database(RevOpsDatabase db) {
    requireNonNull(db, "db");
    CollectionsModule.Stores collections = JdbcCollectionsStores.of(db);
    JdbcPaymentStatus status = (JdbcPaymentStatus) collections.paymentStatus();
    JdbcCampaignStores campaigns = JdbcCampaignStores.of(db);
    JdbcReferralStores growth = JdbcReferralStores.of(db);
    JdbcRetirementStores endOfLife = JdbcRetirementStores.of(db);
    return new Backend(
        db.dialect().name().toLowerCase(java.util.Locale.ROOT),
        db.unitOfWork(),
        db.outbox(),
        db.locks(),
        JdbcSalesStores.of(db),
        gateway -> JdbcBillingStores.of(db, gateway),
        collections,
        status::set,
        db.unitOfWork(),
        campaigns::senderPorts,
        campaigns::gatePorts,
        growth::referrals,
        growth::codes,
        endOfLife::migrations);
  }

  /**
   * Returns the backend's name: {@code memory}, {@code h2} or {@code postgresql}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  UnitOfWork work() {
    return work;
  }

  Outbox outbox() {
    return outbox;
  }

  Locks locks() {
    return locks;
  }

  SalesStores sales() {
    return sales;
  }

  BillingStores billing(PaymentGateway gateway) {
    return billing.apply(gateway);
  }

  CollectionsModule.Stores collections() {
    return collections;
  }

  void paymentStatus(ReceivableId debt, Money amountDue) {
    paymentStatus.accept(debt, amountDue);
  }

  /** The unit of work the relay claims and marks each batch in (direct in memory). */
  UnitOfWork relayWork() {
    return relayWork;
  }

  /** The campaign sends and memberships, with the channel they go through. */
  CampaignSender.Ports campaignPorts(CampaignChannel channel) {
    return campaigns.apply(channel);
  }

  /** The marketing gate's stores: exclusions, do-not-call lists, the send history. */
  MarketingGate.Ports gatePorts() {
    return gate.get();
  }

  private static CampaignSender.Ports campaignsInMemory(CampaignChannel channel) {
    return new CampaignSender.Ports(
        new InMemoryCampaignSendRepository(), new InMemoryCampaignMembershipRepository(), channel);
  }

  ReferralRepository referrals() {
    return referrals.get();
  }

  ReferralCodeRepository referralCodes() {
    return referralCodes.get();
  }

  PlanMigrationRepository planMigrations() {
    return planMigrations.get();
  }
}
