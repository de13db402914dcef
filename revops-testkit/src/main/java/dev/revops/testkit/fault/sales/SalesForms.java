package dev.revops.testkit.fault.sales;

import dev.revops.core.consent.Channel;
import dev.revops.core.id.UserId;
import dev.revops.sales.lead.CaptureLead;
import dev.revops.sales.lead.ConvertLead;
import dev.revops.sales.lead.LeadSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

/** The inputs the sales suites use: a web-form capture and a conversion. Stateless. */
public final class SalesForms {
  /** The e-mail address of the suites' lead, as the form gives it (not normalised). */
  public static final String EMAIL = " Ann.Doe@Acme.example ";

  /** The same address normalised, as the lead stores it. */
  public static final String NORMALISED_EMAIL = "ann.doe@acme.example";

  private SalesForms() {}

  /**
   * Returns a web-form capture of one person.
   *
   * @return the capture
   */
  public static CaptureLead webForm() {
    return CaptureLead.of(LeadSource.WEB_FORM, "Doe", "US", SalesFaultWorld.T0)
        .withPerson("Ann", "Acme Analytics")
        .withContactPoints(EMAIL, null)
        .withSourceDetail("/pricing", null)
        .withConsentAndAttributes(Set.of(Channel.EMAIL), Map.of("industry", "software"));
  }

  /**
   * Returns a conversion into a new account with an opportunity, without a conversion id.
   *
   * @return the command
   */
  public static ConvertLead conversion() {
    return ConvertLead.newAccount(
            ZoneId.of("America/New_York"), Currency.getInstance("USD"), UserId.of("rep-1"))
        .withOpportunity(
            "Acme pilot",
            dev.revops.core.money.Money.of("12000.00", "USD"),
            LocalDate.of(2026, 6, 30));
  }
}
