package dev.revops.testkit.fault.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.sales.lead.Lead;
import dev.revops.testkit.fault.FaultPlan;
import dev.revops.testkit.fault.FaultScenario;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lead capture under every single fault: capture a web form; recover by sending the same form again
 * (what a form handler's retry does); then exactly one lead holds the address, its {@code
 * LeadCaptured} was delivered exactly once, and every committed re-capture has its {@code
 * LeadRecaptured} (one per version after the first), nothing more.
 */
public final class LeadCaptureFaultScenario implements FaultScenario<SalesFaultWorld> {
  private final Supplier<SalesAdapters> adapters;

  /**
   * Creates the scenario.
   *
   * @param adapters makes fresh, empty adapters for each run (never null)
   */
  public LeadCaptureFaultScenario(Supplier<SalesAdapters> adapters) {
    this.adapters = requireNonNull(adapters, "adapters");
  }

  @Override
  public SalesFaultWorld newWorld(FaultPlan plan) {
    return new SalesFaultWorld(adapters.get(), plan);
  }

  @Override
  public void run(SalesFaultWorld world) {
    world.sales().leads().capture(SalesForms.webForm());
  }

  @Override
  public void recover(SalesFaultWorld world) {
    world.sales().leads().capture(SalesForms.webForm());
  }

  @Override
  public void check(SalesFaultWorld world) {
    world.checkEventsDeliveredOnce();
    List<Lead> leads = world.stores().leads().findAll();
    if (leads.size() != 1) {
      throw new AssertionError("expected one lead, found " + leads.size());
    }
    Lead lead = leads.get(0);
    if (!SalesForms.NORMALISED_EMAIL.equals(lead.email())) {
      throw new AssertionError("the lead lost its e-mail address");
    }
    long captured = world.deliveredCount("LeadCaptured");
    long recaptured = world.deliveredCount("LeadRecaptured");
    if (captured != 1 || recaptured != lead.version() - 1) {
      throw new AssertionError(
          "lead at version "
              + lead.version()
              + " but delivered "
              + captured
              + " LeadCaptured and "
              + recaptured
              + " LeadRecaptured");
    }
    if (world.delivered().size() != captured + recaptured) {
      throw new AssertionError("unexpected events delivered: " + world.delivered());
    }
  }
}
