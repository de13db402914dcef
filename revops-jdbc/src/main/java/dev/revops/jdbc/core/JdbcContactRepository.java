package dev.revops.jdbc.core;

import static java.util.Objects.requireNonNull;

import dev.revops.core.id.AccountId;
import dev.revops.core.id.ContactId;
import dev.revops.core.party.Contact;
import dev.revops.core.port.ContactRepository;
import dev.revops.jdbc.table.AggregateTable;
import dev.revops.jdbc.table.AggregateTable.Column;
import dev.revops.jdbc.table.Database;
import dev.revops.jdbc.table.JdbcRepository;
import java.util.List;

/**
 * {@link ContactRepository} on table {@code revops_contacts} (e-mail addresses and phone numbers
 * stay in the document, never in a column of their own or a log). Thread-safe.
 */
public final class JdbcContactRepository extends JdbcRepository<ContactId, Contact>
    implements ContactRepository {
  /**
   * Creates the repository.
   *
   * @param db the database
   */
  public JdbcContactRepository(Database db) {
    super(
        new AggregateTable<>(
            db,
            "revops_contacts",
            Contact.class,
            ContactId::value,
            List.of(new Column<>("account_id", (s, i, c) -> s.setString(i, c.account().value()))),
            null));
  }

  @Override
  public List<Contact> findByAccount(AccountId account) {
    requireNonNull(account, "account");
    return table.queryBy("WHERE account_id = ? ORDER BY saved_seq", account.value());
  }
}
