package dev.revops.billing.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.payment.Payment;
import dev.revops.billing.payment.PaymentId;
import dev.revops.billing.payment.PaymentStatus;
import dev.revops.billing.payment.PaymentTransaction;
import dev.revops.billing.port.PaymentRepository;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Payments in memory, with an index of the payments that wait for an answer (kept by core's {@code
 * InMemoryRepository} at each commit). Thread-safe.
 */
public final class InMemoryPaymentRepository extends InMemoryRepository<PaymentId, Payment>
    implements PaymentRepository {
  private static final String UNRESOLVED = "unresolved";

  private final InMemoryIndex<String, PaymentId, Payment> unresolved =
      index(p -> isUnresolved(p) ? List.of(UNRESOLVED) : List.of());

  /** Creates an empty repository. */
  public InMemoryPaymentRepository() {
    super("Payment");
  }

  private static boolean isUnresolved(Payment p) {
    return p.status() == PaymentStatus.NEW || p.unresolved().isPresent();
  }

  private static Instant openSince(Payment p) {
    return p.unresolved().map(PaymentTransaction::at).orElse(Instant.MIN);
  }

  @Override
  public List<Payment> findUnresolvedBefore(Instant before, int limit) {
    requireNonNull(before, "before");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be above zero, got " + limit);
    }
    List<Payment> found = new ArrayList<>();
    for (Payment p : findBy(unresolved, UNRESOLVED)) {
      if (!openSince(p).isAfter(before)) {
        found.add(p);
      }
    }
    found.sort(
        Comparator.comparing(InMemoryPaymentRepository::openSince)
            .thenComparing(p -> p.id().value()));
    return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
  }
}
