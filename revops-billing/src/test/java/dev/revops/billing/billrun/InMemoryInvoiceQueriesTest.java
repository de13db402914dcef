package dev.revops.billing.billrun;

import static dev.revops.billing.Fixtures.ACME;
import static dev.revops.billing.Fixtures.AT;
import static dev.revops.billing.Fixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import dev.revops.billing.Fixtures;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.LineType;
import dev.revops.billing.invoice.PaymentTerms;
import dev.revops.billing.port.memory.InMemoryInvoiceRepository;
import dev.revops.core.aggregate.Aggregate;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryUnitOfWork;
import dev.revops.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The in-memory invoice store answers the bill run's two history queries from its index exactly as
 * filtering all the account's invoices answers them: same invoices, same order, whatever was saved
 * and re-saved (lines added, to a lineless draft too; a draft deleted), for several accounts, and
 * inside a unit of work that saved invoices (its own saves seen, nothing of it seen outside before
 * the commit).
 */
class InMemoryInvoiceQueriesTest {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);
  private static final AccountId OTHER = AccountId.of("acc-2");

  /** A line of a kind, serving {@code days} days from {@code from} days after BASE. */
  /** A draft of one line for ACME, net 30. */
  private static Invoice net30(String id, InvoiceLine line) {
    return Invoice.draft()
        .id(InvoiceId.of(id))
        .account(ACME)
        .currency(Fixtures.USD)
        .lines(List.of(line))
        .terms(PaymentTerms.net(30))
        .build();
  }

  private static InvoiceLine line(int kind, int from, int days) {
    DateRange period = DateRange.ofDays(BASE.plusDays(from), days);
    return switch (kind % 5) {
      case 0 -> new InvoiceLine(LineType.RECURRING, "r", usd("10"), 1, period, "s-a", "basic-seat");
      case 1 ->
          new InvoiceLine(
              LineType.PRORATION_CREDIT, "c", usd("-3"), 1, period, "s-a", "basic-seat");
      case 2 -> new InvoiceLine(LineType.DISCOUNT, "d", usd("-1"), 0, period, "s-b", "FIVE");
      case 3 -> InvoiceLine.of(LineType.TAX, "t", usd("1"), period);
      default -> new InvoiceLine(LineType.USAGE, "u", usd("2"), 7, period, "s-b", "metered-calls");
    };
  }

  private static List<Invoice> endingAfter(List<Invoice> all, LocalDate day) {
    List<Invoice> out = new ArrayList<>();
    for (Invoice i : all) {
      if (i.lines().stream().anyMatch(l -> l.servicePeriod().end().isAfter(day))) {
        out.add(i);
      }
    }
    return out;
  }

  @Property(tries = 300)
  void theIndexedQueriesAnswerWhatFilteringEveryInvoiceAnswers(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 400) Integer> starts,
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 9) Integer> edits,
      @ForAll @IntRange(min = -10, max = 420) int day) {
    InMemoryInvoiceRepository repo = new InMemoryInvoiceRepository();
    List<InvoiceId> ids = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int s = starts.get(i);
      int kind = edits.get(i % edits.size());
      List<InvoiceLine> lines = new ArrayList<>();
      // kind 6: a draft without lines, which a later re-save may give lines
      for (int k = 0; kind != 6 && k <= kind % 3; k++) {
        lines.add(line(kind + k, s + 7 * k, 1 + (s + k) % 40));
      }
      Invoice draft =
          Invoice.draft()
              .id(InvoiceId.of("in-" + i))
              .account(i % 4 == 3 ? OTHER : ACME)
              .currency(Fixtures.USD)
              .lines(lines)
              .terms(PaymentTerms.net(30))
              .build();
      repo.save(draft, Aggregate.NEW);
      ids.add(draft.id());
      // re-save an earlier one: a line added, or the draft deleted
      if (kind >= 7 && i > 0) {
        Invoice earlier = repo.find(ids.get(i / 2)).orElseThrow();
        if (earlier.status() == dev.revops.billing.invoice.InvoiceStatus.DRAFT) {
          Invoice next =
              kind == 9
                  ? earlier.delete(AT).value()
                  : earlier.addLines(List.of(line(0, s + 30, 31)));
          repo.save(next, earlier.version());
        }
      }
    }
    LocalDate d = BASE.plusDays(day);
    for (AccountId account : List.of(ACME, OTHER, AccountId.of("acc-none"))) {
      List<Invoice> all = repo.findByAccount(account);
      assertThat(repo.findByAccountWithServiceEndingAfter(account, d))
          .containsExactlyElementsOf(endingAfter(all, d));
      assertThat(repo.latestChargeStart(account)).isEqualTo(Watermark.of(all));
    }
  }

  @Test
  void insideAUnitOfWorkItsOwnSavesAreSeenAndOthersSeeThemOnlyAfterTheCommit() {
    InMemoryInvoiceRepository repo = new InMemoryInvoiceRepository();
    Invoice old = net30("in-old", line(0, 0, 31));
    repo.save(old, Aggregate.NEW);
    Invoice recent = net30("in-new", line(0, 60, 31));
    LocalDate day = BASE.plusDays(45);
    InMemoryUnitOfWork work = new InMemoryUnitOfWork();
    List<List<Invoice>> outside = new ArrayList<>();
    List<Optional<LocalDate>> outsideMark = new ArrayList<>();
    work.run(
        () -> {
          assertThat(repo.findByAccountWithServiceEndingAfter(ACME, day)).isEmpty();
          repo.save(recent, Aggregate.NEW);
          assertThat(repo.findByAccountWithServiceEndingAfter(ACME, day))
              .extracting(Invoice::id)
              .containsExactly(recent.id());
          assertThat(repo.latestChargeStart(ACME)).contains(BASE.plusDays(60));
          Thread reader =
              new Thread(
                  () -> {
                    outside.add(repo.findByAccountWithServiceEndingAfter(ACME, day));
                    outsideMark.add(repo.latestChargeStart(ACME));
                  });
          reader.start();
          try {
            reader.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
          }
        });
    assertThat(outside.get(0)).isEmpty();
    assertThat(outsideMark.get(0)).contains(BASE);
    assertThat(repo.findByAccountWithServiceEndingAfter(ACME, day))
        .extracting(Invoice::id)
        .containsExactly(recent.id());
    assertThat(repo.findByAccountWithServiceEndingAfter(ACME, BASE.minusDays(1)))
        .extracting(Invoice::id)
        .containsExactly(old.id(), recent.id());
    assertThat(repo.latestChargeStart(ACME)).contains(BASE.plusDays(60));
  }
}
