package dev.revops.metrics.campaign;

import static java.util.Objects.requireNonNull;

import dev.revops.core.money.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's path to a conversion: the marketing touches before it and the revenue it brought.
 * The touches are held in time order (a stable sort: touches at the same instant keep the order
 * given). Immutable and thread-safe.
 *
 * @param id the journey's id (e.g. the order or the opportunity), not blank
 * @param touches the touches, possibly none (the revenue is then unattributed)
 * @param revenue the revenue of the conversion
 */
public record Journey(String id, List<Touch> touches, Money revenue) {
  /** Checks the parts and sorts the touches by time. */
  public Journey {
    requireNonNull(id, "id");
    requireNonNull(touches, "touches");
    requireNonNull(revenue, "revenue");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a journey needs an id");
    }
    List<Touch> sorted = new ArrayList<>(touches.size());
    for (Touch t : touches) {
      sorted.add(requireNonNull(t, "touch"));
    }
    sorted.sort(Comparator.comparing(Touch::at));
    touches = List.copyOf(sorted);
  }
}
