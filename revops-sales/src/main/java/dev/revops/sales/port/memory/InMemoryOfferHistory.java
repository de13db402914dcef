package dev.revops.sales.port.memory;

import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import dev.revops.sales.offer.OfferPresentation;
import dev.revops.sales.offer.OfferPresentationId;
import dev.revops.sales.offer.OfferStatus;
import dev.revops.sales.port.OfferHistory;
import java.util.List;

/** A thread-safe in-memory {@link OfferHistory}, indexed by account and status. */
public final class InMemoryOfferHistory
    extends InMemoryRepository<OfferPresentationId, OfferPresentation> implements OfferHistory {
  private final InMemoryIndex<AccountId, OfferPresentationId, OfferPresentation> byAccount =
      index(p -> List.of(p.account()));
  private final InMemoryIndex<OfferStatus, OfferPresentationId, OfferPresentation> byStatus =
      index(p -> List.of(p.status()));

  /** Creates an empty history. */
  public InMemoryOfferHistory() {
    super("OfferPresentation");
  }

  @Override
  public List<OfferPresentation> forAccount(AccountId account) {
    return findBy(byAccount, account);
  }

  @Override
  public List<OfferPresentation> findByStatus(OfferStatus status) {
    return findBy(byStatus, status);
  }
}
