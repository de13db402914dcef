package dev.revops.sales.port;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferStatus;
import java.util.List;

/**
 * Stores offer presentations ({@link OfferPresentation}: presented, accepted, fulfilled, declined,
 * refused) with optimistic versioning: the history eligibility reads (declines and open offers),
 * the model learns from, and retries scan. A host implements it over its own storage; {@code
 * port.memory.InMemoryOfferHistory} is the embedded default. Implementations must be thread-safe.
 */
public interface OfferHistory extends Repository<OfferPresentationId, OfferPresentation> {
  /**
   * Returns a customer's presentations: the query eligibility makes (an index on the account).
   *
   * @param account the customer (never null)
   * @return its presentations, oldest first; empty when none
   */
  List<OfferPresentation> forAccount(AccountId account);

  /**
   * Returns the presentations in a status: the query the retry of pending fulfilments makes.
   *
   * @param status the status (never null)
   * @return the presentations in it now, oldest first; empty when none
   */
  List<OfferPresentation> findByStatus(OfferStatus status);

  @Override
  default String typeName() {
    return "OfferPresentation";
  }
}
