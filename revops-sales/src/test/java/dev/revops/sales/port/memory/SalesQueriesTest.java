package dev.revops.sales.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.core.id.LeadId;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadFixtures;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.port.CompanyWords;
import org.junit.jupiter.api.Test;

/** The in-memory sales stores answer their queries from indexes, kept right across updates. */
class SalesQueriesTest {
  private final InMemoryLeadRepository leads = new InMemoryLeadRepository();

  private Lead save(String id, String first, String company, String email) {
    Lead lead =
        Lead.capture(
                LeadId.of(id), LeadFixtures.webForm(first, "Doe", company, email), LeadStatus.NEW)
            .value();
    return leads.save(lead, Lead.NEW);
  }

  @Test
  void duplicateCandidatesComeByEmailPhoneOrACompanyWord() {
    save("l1", "Ann", "Acme Labs", "ann@acme.example");
    save("l2", "Bob", "Globex Inc", "bob@globex.example");
    save("l3", "Cy", "Acme Industries", "cy@other.example");

    assertThat(leads.duplicateCandidates("ann@acme.example", null, null))
        .extracting(l -> l.id().value())
        .containsExactly("l1");
    assertThat(leads.duplicateCandidates(null, null, "ACME corp"))
        .extracting(l -> l.id().value())
        .containsExactly("l1", "l3");
    // "labs" and "inc" are too common to tell companies apart: they find nobody
    assertThat(leads.duplicateCandidates(null, null, "Initech Labs Inc")).isEmpty();
    assertThat(leads.duplicateCandidates("nobody@example.org", null, "Umbrella")).isEmpty();
  }

  @Test
  void aRecaptureIsFoundUnderItsNewValuesOnly() {
    Lead ann = save("l1", "Ann", "Acme", "ann@acme.example");
    Lead moved =
        ann.recapture(
                LeadFixtures.webForm("Ann", "Doe", "Initrode", "ann@acme.example")
                    .withContactPoints("ann@acme.example", "(415) 555-0123"),
                "email")
            .value();
    assertThat(moved.company()).isEqualTo("Initrode");
    leads.save(moved, ann.version());
    assertThat(leads.duplicateCandidates(null, moved.phone(), null))
        .extracting(l -> l.id().value())
        .containsExactly("l1");
    assertThat(leads.duplicateCandidates(null, null, "Initrode")).hasSize(1);
    assertThat(leads.duplicateCandidates(null, null, "Acme")).isEmpty();
  }

  @Test
  void companyWordsAreLowerCasedDistinctAndWithoutCommonWords() {
    assertThat(CompanyWords.of("The Acme Group, ACME Labs GmbH")).containsExactly("acme");
    assertThat(CompanyWords.of("Müller & Söhne 24")).containsExactly("müller", "söhne", "24");
    assertThat(CompanyWords.of(null)).isEmpty();
    assertThat(CompanyWords.of("  ")).isEmpty();
  }
}
