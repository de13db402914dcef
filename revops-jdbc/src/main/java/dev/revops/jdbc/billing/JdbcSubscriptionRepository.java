package dev.revops.jdbc.billing;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.subscription.Subscription;
import dev.revops.billing.subscription.SubscriptionId;
import dev.revops.core.id.AccountId;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import dev.revops.jdbc.table.Sql;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link SubscriptionRepository} on table {@code revops_subscriptions}. Thread-safe. */
public final class JdbcSubscriptionRepository extends JdbcRepository<SubscriptionId, Subscription>
    implements SubscriptionRepository {
  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcSubscriptionRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_subscriptions",
            Subscription.class,
            SubscriptionId::value,
            List.of(
                new Column<>("account_id", (s, i, v) -> s.setString(i, v.account().value())),
                new Column<>(
                    "currency", (s, i, v) -> s.setString(i, v.currency().getCurrencyCode())),
                new Column<>("status", (s, i, v) -> s.setString(i, v.status().name())),
                new Column<>("start_date", (s, i, v) -> s.setObject(i, v.startDate())),
                new Column<>("billing_end", (s, i, v) -> Sql.setDate(s, i, v.billingEnd()))),
            null));
  }

  @Override
  public List<Subscription> findByAccount(AccountId account) {
    requireNonNull(account, "account");
    return table.queryBy("WHERE account_id = ? ORDER BY saved_seq", account.value());
  }

  /** Reads the batch's subscriptions with one {@code IN} query per chunk of accounts. */
  @Override
  public Map<AccountId, List<Subscription>> findByAccounts(Collection<AccountId> accounts) {
    requireNonNull(accounts, "accounts");
    Map<AccountId, List<Subscription>> out = new LinkedHashMap<>();
    List<String> ids = new ArrayList<>(accounts.size());
    for (AccountId a : accounts) {
      out.put(requireNonNull(a, "account"), new ArrayList<>(2));
      ids.add(a.value());
    }
    for (List<String> chunk : Sql.chunks(ids)) {
      List<Subscription> found = table.queryIn("account_id", chunk, "ORDER BY saved_seq");
      for (Subscription sub : found) {
        out.get(sub.account()).add(sub);
      }
    }
    Map<AccountId, List<Subscription>> frozen = new LinkedHashMap<>();
    out.forEach((a, list) -> frozen.put(a, List.copyOf(list)));
    return frozen;
  }
}
