package dev.revops.sales.port;

import dev.revops.core.id.LeadId;
import dev.revops.core.port.Repository;
import dev.revops.sales.lead.Lead;
import java.util.List;

/**
 * Stores leads ({@link Lead}) with optimistic versioning. A host implements it over its own
 * storage; {@code port.memory.InMemoryLeadRepository} is the embedded default. Implementations must
 * be thread-safe.
 */
public interface LeadRepository extends Repository<LeadId, Lead> {
  /**
   * Returns the leads a new capture may duplicate: at least the leads with the same normalised
   * e-mail or phone and those whose company shares a word with the given one, other than the common
   * words of {@link CompanyWords} (the fuzzy matcher then compares name and company). A database
   * answers it from indexes on the normalised e-mail, the phone and the company's words; the
   * in-memory default keeps the same indexes. Hosts should also keep a unique index on the
   * normalised e-mail: two concurrent captures of one new person are otherwise not detected as
   * duplicates of each other.
   *
   * @param email the normalised e-mail, or null
   * @param phone the E.164 phone, or null
   * @param company the company as captured, or null
   * @return the candidates
   */
  List<Lead> duplicateCandidates(String email, String phone, String company);

  @Override
  default String typeName() {
    return "Lead";
  }
}
