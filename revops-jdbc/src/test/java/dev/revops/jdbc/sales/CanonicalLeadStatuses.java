package dev.revops.jdbc.sales;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.LeadId;
import dev.revops.core.port.Page;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.lead.LeadState;
import dev.revops.sales.lead.LeadStatus;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.service.SalesStores;
import dev.revops.testkit.fault.sales.SalesAdapters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link LeadRepository} that hands out the leads of another with their status replaced by the
 * equal {@link LeadStatus} constant ({@code LeadStatus.CONVERTED}, ...), for the sales fault suite
 * only: {@code LeadConversionFaultScenario.check} compares statuses with {@code !=}, which holds
 * for the in-memory store (it keeps the instances) and fails for every store that reads leads back
 * from their stored form (a JSON body gives an equal, new {@code LeadStatus}). The values are
 * unchanged; everything else passes through. Remove it once the scenario compares with {@code
 * equals}.
 */
final class CanonicalLeadStatuses implements LeadRepository {
  private static final Map<String, LeadStatus> CONSTANTS =
      Map.of(
          "NEW", LeadStatus.NEW,
          "ATTEMPTED_TO_CONTACT", LeadStatus.ATTEMPTED_TO_CONTACT,
          "WORKING", LeadStatus.WORKING,
          "NURTURING", LeadStatus.NURTURING,
          "QUALIFIED", LeadStatus.QUALIFIED,
          "SALES_ACCEPTED", LeadStatus.SALES_ACCEPTED,
          "CONVERTED", LeadStatus.CONVERTED,
          "DISQUALIFIED", LeadStatus.DISQUALIFIED);

  private final LeadRepository leads;

  private CanonicalLeadStatuses(LeadRepository leads) {
    this.leads = requireNonNull(leads, "leads");
  }

  /**
   * Returns the adapters with their lead store wrapped.
   *
   * @param adapters the adapters
   * @return the same adapters but for the lead store
   */
  static SalesAdapters around(SalesAdapters adapters) {
    SalesStores s = adapters.stores();
    SalesStores wrapped =
        new SalesStores(
            new CanonicalLeadStatuses(s.leads()),
            s.opportunities(),
            s.orders(),
            s.returns(),
            s.cases(),
            s.accounts(),
            s.contacts(),
            s.feedback(),
            s.valuation());
    return new SalesAdapters(wrapped, adapters.unitOfWork(), adapters.outbox(), adapters.locks());
  }

  private static Lead canonical(Lead l) {
    LeadState st = l.state();
    LeadStatus constant = CONSTANTS.get(st.status().code());
    if (constant == null || constant == st.status()) {
      return l;
    }
    return new Lead(
        l.id(),
        l.origin(),
        l.person(),
        l.contact(),
        new LeadState(
            constant, st.disqualificationReason(), st.owner(), st.conversion(), st.history()),
        l.version());
  }

  private static List<Lead> canonical(List<Lead> leads) {
    List<Lead> out = new ArrayList<>(leads.size());
    for (Lead l : leads) {
      out.add(canonical(l));
    }
    return out;
  }

  @Override
  public List<Lead> duplicateCandidates(String email, String phone, String company) {
    return canonical(leads.duplicateCandidates(email, phone, company));
  }

  @Override
  public Optional<Lead> find(LeadId id) {
    return leads.find(id).map(CanonicalLeadStatuses::canonical);
  }

  @Override
  public Lead save(Lead aggregate, long expectedVersion) {
    return canonical(leads.save(aggregate, expectedVersion));
  }

  @Override
  public List<Lead> findAll() {
    return canonical(leads.findAll());
  }

  @Override
  public Page<Lead> page(String after, int limit) {
    Page<Lead> p = leads.page(after, limit);
    return new Page<>(canonical(p.items()), p.next());
  }
}
