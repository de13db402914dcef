package dev.revops.metrics.projection;

/**
 * Everything that happened on some days, summed: MRR movements, AR changes, contact outcomes and
 * funnel entries. A projection keeps one per day that had events; a report adds up the days of its
 * period. Mutable and not thread-safe: one projection or batch owns it.
 */
final class DaySums {
  final MovementSums movements = new MovementSums();
  final ReceivableSums receivables = new ReceivableSums();
  final ContactCounts contacts = new ContactCounts();
  final FunnelCounts funnel;

  /** Empty sums for a funnel of {@code stages} stages. */
  DaySums(int stages) {
    funnel = new FunnelCounts(stages);
  }

  /** Adds other days' sums to these. */
  void add(DaySums other) {
    movements.add(other.movements);
    receivables.add(other.receivables);
    contacts.add(other.contacts);
    funnel.add(other.funnel);
  }
}
