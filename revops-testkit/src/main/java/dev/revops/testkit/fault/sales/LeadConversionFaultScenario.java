package dev.revops.testkit.fault.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.LeadId;
import dev.revops.sales.lead.ConversionResult;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadConversion;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.lead.LeadTrigger;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultScenario;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lead conversion under every single fault: a qualified lead is converted into a new account, a
 * contact and an opportunity under a conversion id; recover by retrying the same call with the same
 * id. Then there is exactly one account, one contact and one opportunity, the lead is CONVERTED and
 * links to them, the retry (and the first call, when it returned) answered with those same records,
 * and exactly the conversion's events were delivered: one {@code LeadStatusChanged}, one {@code
 * LeadConverted}, one {@code OpportunityOpened}.
 */
public final class LeadConversionFaultScenario
    implements FaultScenario<LeadConversionFaultScenario.Run> {
  /** The conversion id every call of a run uses. */
  public static final String CONVERSION_ID = "conversion-1";

  private final Supplier<SalesAdapters> adapters;

  /**
   * Creates the scenario.
   *
   * @param adapters makes fresh, empty adapters for each run (never null)
   */
  public LeadConversionFaultScenario(Supplier<SalesAdapters> adapters) {
    this.adapters = requireNonNull(adapters, "adapters");
  }

  /** One run: the world, the qualified lead and what the calls answered. Not thread-safe. */
  public static final class Run {
    private final SalesFaultWorld world;
    private final LeadId lead;
    private final long qualifiedVersion;
    private ConversionResult first;
    private ConversionResult retried;

    private Run(SalesFaultWorld world, Lead qualified) {
      this.world = world;
      this.lead = qualified.id();
      this.qualifiedVersion = qualified.version();
    }

    /**
     * Returns the world.
     *
     * @return the world
     */
    public SalesFaultWorld world() {
      return world;
    }
  }

  private static ConvertLead command() {
    return SalesForms.conversion().withConversionId(CONVERSION_ID);
  }

  @Override
  public Run newWorld(FaultPlan plan) {
    SalesFaultWorld world = new SalesFaultWorld(adapters.get(), plan);
    Lead lead = world.setup().leads().capture(SalesForms.webForm()).lead();
    Lead qualified = world.setup().leads().fire(lead.id(), LeadTrigger.QUALIFY, null, "scoring");
    world.forgetSetupEvents();
    return new Run(world, qualified);
  }

  @Override
  public void run(Run run) {
    run.first = run.world.sales().leads().convert(run.lead, command(), "rep-1");
  }

  @Override
  public void recover(Run run) {
    run.retried = run.world.sales().leads().convert(run.lead, command(), "rep-1");
  }

  @Override
  public void check(Run run) {
    SalesFaultWorld world = run.world;
    world.checkEventsDeliveredOnce();
    int accounts = world.stores().accounts().findAll().size();
    int contacts = world.stores().contacts().findAll().size();
    List<Opportunity> opportunities = world.stores().opportunities().findAll();
    if (accounts != 1 || contacts != 1 || opportunities.size() != 1) {
      throw new AssertionError(
          "expected one account, contact and opportunity; found "
              + accounts
              + ", "
              + contacts
              + ", "
              + opportunities.size());
    }
    Lead lead = world.stores().leads().get(run.lead);
    if (!LeadStatus.CONVERTED.equals(lead.status()) || lead.version() != run.qualifiedVersion + 1) {
      throw new AssertionError(
          "lead is " + lead.status() + " at version " + lead.version() + ", converted once?");
    }
    LeadConversion links = lead.conversionLinks().orElseThrow();
    Opportunity opportunity = opportunities.get(0);
    if (!links.account().equals(world.stores().accounts().findAll().get(0).id())
        || !links.contact().equals(world.stores().contacts().findAll().get(0).id())
        || !links.opportunityId().orElseThrow().equals(opportunity.id())
        || !run.lead.equals(opportunity.lead())
        || !links.isConversion(CONVERSION_ID)) {
      throw new AssertionError("the lead's links do not name the stored records: " + links);
    }
    sameRecords(run.retried, links, "the retry");
    if (run.first != null) {
      sameRecords(run.first, links, "the first call");
    }
    long statusChanged = world.deliveredCount("LeadStatusChanged");
    long converted = world.deliveredCount("LeadConverted");
    long opened = world.deliveredCount("OpportunityOpened");
    if (statusChanged != 1 || converted != 1 || opened != 1 || world.delivered().size() != 3) {
      throw new AssertionError("expected the conversion's three events, got " + world.delivered());
    }
  }

  private static void sameRecords(ConversionResult r, LeadConversion links, String who) {
    if (r == null
        || !r.account().id().equals(links.account())
        || !r.contact().id().equals(links.contact())
        || !r.opportunity().id().equals(links.opportunityId().orElseThrow())
        || !LeadStatus.CONVERTED.equals(r.lead().status())) {
      throw new AssertionError(who + " answered other records than the conversion: " + r);
    }
  }
}
