package dev.revops.sales.offer;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a customer holds now: its plans (subscriptions) and products, by id. Plans and products
 * share one namespace of item ids, which eligibility, the model and association rules read.
 * Immutable and thread-safe.
 *
 * @param account the customer
 * @param plans the plans it subscribes to; may be empty
 * @param products the products it owns; may be empty
 */
public record Holdings(AccountId account, Set<String> plans, Set<String> products) {
  /** Copies the sets. */
  public Holdings {
    requireNonNull(account, "account");
    plans = Set.copyOf(plans);
    products = Set.copyOf(products);
  }

  /**
   * Tells whether the customer holds a plan or product.
   *
   * @param item the plan or product id
   * @return true when held
   */
  public boolean holds(String item) {
    return plans.contains(item) || products.contains(item);
  }

  /**
   * Returns every item held, plans and products, sorted.
   *
   * @return a sorted copy
   */
  public Set<String> items() {
    Set<String> all = new TreeSet<>(plans);
    all.addAll(products);
    return java.util.Collections.unmodifiableSet(all);
  }
}
