package dev.revops.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.port.Page;
import dev.revops.core.port.Repository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RepositoryPagingProperties {
  @Property(tries = 1000)
  void pagingVisitsEveryAggregateOnceInIdOrderAndAgreesWithThePortDefault(
      @ForAll @Size(max = 40) Set<@AlphaChars @StringLength(min = 1, max = 4) String> ids,
      @ForAll @IntRange(min = 1, max = 7) int limit) {
    InMemoryRepository<String, Account> indexed = new InMemoryRepository<>("Account");
    for (String id : ids) {
      indexed.save(new Account(id, id.length(), 0), Aggregate.NEW);
    }
    Repository<String, Account> byDefault =
        new Repository<>() {
          @Override
          public java.util.Optional<Account> find(String id) {
            return indexed.find(id);
          }

          @Override
          public Account save(Account a, long expected) {
            return indexed.save(a, expected);
          }

          @Override
          public List<Account> findAll() {
            return indexed.findAll();
          }
        };
    List<String> seen = readAll(indexed, limit);
    assertThat(seen).containsExactlyElementsOf(new TreeSet<>(ids));
    assertThat(readAll(byDefault, limit)).isEqualTo(seen);
  }

  private static List<String> readAll(Repository<String, Account> repo, int limit) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Page<Account> page = repo.page(cursor, limit);
      assertThat(page.items().size()).isLessThanOrEqualTo(limit);
      page.items().forEach(a -> seen.add(a.id()));
      cursor = page.next();
      assertThat(++pages).as("paging ends").isLessThan(100);
    } while (cursor != null);
    return seen;
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> new InMemoryRepository<String, Account>("Account").page(null, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }
}
