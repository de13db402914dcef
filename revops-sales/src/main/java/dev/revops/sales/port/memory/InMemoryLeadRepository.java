package dev.revops.sales.port.memory;

import dev.revops.core.id.LeadId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.port.CompanyWords;
import dev.revops.sales.port.LeadRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The in-memory lead store, with the indexes a database would keep for duplicate detection: the
 * normalised e-mail, the phone and the company's {@link CompanyWords}. Thread-safe.
 */
public final class InMemoryLeadRepository extends InMemoryRepository<LeadId, Lead>
    implements LeadRepository {
  private final InMemoryIndex<String, LeadId, Lead> byKey =
      index(l -> keys(l.email(), l.phone(), l.company()));

  /** Creates an empty repository. */
  public InMemoryLeadRepository() {
    super("Lead");
  }

  @Override
  public List<Lead> duplicateCandidates(String email, String phone, String company) {
    Set<LeadId> seen = new LinkedHashSet<>();
    List<Lead> found = new ArrayList<>();
    for (String key : keys(email, phone, company)) {
      for (Lead lead : findBy(byKey, key)) {
        if (seen.add(lead.id())) {
          found.add(lead);
        }
      }
    }
    return found;
  }

  private static List<String> keys(String email, String phone, String company) {
    List<String> keys = new ArrayList<>();
    if (email != null) {
      keys.add("e:" + email);
    }
    if (phone != null) {
      keys.add("p:" + phone);
    }
    for (String w : CompanyWords.of(company)) {
      keys.add("w:" + w);
    }
    return keys;
  }
}
