package dev.revops.billing.port.memory;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.Watermark;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.invoice.InvoiceStatus;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.memory.InMemoryIndex;
import dev.revops.core.port.memory.InMemoryRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices in memory. Thread-safe.
 *
 * <p>Besides the index by account, it keeps per account its invoices sorted by their latest line
 * end and the sorted latest charge starts of those that count, updated with each committed save
 * under the repository's lock, so the bill run's two history queries ({@link
 * #findByAccountWithServiceEndingAfter}, {@link #latestChargeStart}) cost what they return, not the
 * account's history. Inside a unit of work that has saved invoices here, they read through {@link
 * #findByAccount} instead, to see its own saves.
 */
public final class InMemoryInvoiceRepository extends InMemoryRepository<InvoiceId, Invoice>
    implements InvoiceRepository {
  private final InMemoryIndex<AccountId, InvoiceId, Invoice> byAccount =
      index(i -> List.of(i.account()));

  /** Per account; guarded by the commit lock. */
  private final Map<AccountId, History> histories = new HashMap<>();

  /** How many invoices were ever stored: the next one's place in the order first saved. */
  private long saves;

  /** Creates an empty repository. */
  public InMemoryInvoiceRepository() {
    super("Invoice");
  }

  /**
   * One account's invoices, lineless ones included, sorted by latest line end (ties in the order
   * saved; lineless ones first, with {@link Long#MIN_VALUE}), with their place in the order first
   * saved and their latest charge start, and the sorted latest charge starts of those that count (a
   * multiset, whose last one is kept at hand). A re-saved invoice is found by a walk back from the
   * end, where drafts being finalized sit, so no repository-wide map by id is kept. Mutable,
   * guarded by the commit lock.
   */
  private static final class History {
    long[] ends = new long[4];
    long[] seqs = new long[4];
    long[] lastCharges = new long[4];
    Invoice[] invoices = new Invoice[4];
    int size;
    long[] charges = new long[4];
    int chargeCount;
    long latestCharge = Long.MIN_VALUE;

    /** The two latest line ends and the invoice with the latest, at hand for the usual query. */
    long lastEnd = Long.MIN_VALUE;

    long previousEnd = Long.MIN_VALUE;
    Invoice last;

    /** Keeps the fields at hand in step with the arrays. */
    private void tail() {
      lastEnd = size > 0 ? ends[size - 1] : Long.MIN_VALUE;
      previousEnd = size > 1 ? ends[size - 2] : Long.MIN_VALUE;
      last = size > 0 ? invoices[size - 1] : null;
    }

    /**
     * Removes the invoice with this id if present.
     *
     * @return its place in the order first saved, or -1 when it was not here
     */
    long remove(InvoiceId id) {
      for (int i = size - 1; i >= 0; i--) {
        if (invoices[i].id().equals(id)) {
          long seq = seqs[i];
          long lastCharge = lastCharges[i];
          System.arraycopy(ends, i + 1, ends, i, size - i - 1);
          System.arraycopy(seqs, i + 1, seqs, i, size - i - 1);
          System.arraycopy(lastCharges, i + 1, lastCharges, i, size - i - 1);
          System.arraycopy(invoices, i + 1, invoices, i, size - i - 1);
          size--;
          invoices[size] = null;
          tail();
          if (lastCharge != Long.MIN_VALUE) {
            int c = upperBound(charges, chargeCount, lastCharge) - 1;
            System.arraycopy(charges, c + 1, charges, c, chargeCount - c - 1);
            chargeCount--;
            latestCharge = chargeCount == 0 ? Long.MIN_VALUE : charges[chargeCount - 1];
          }
          return seq;
        }
      }
      return -1;
    }

    void add(Invoice invoice, long seq, long end, long lastCharge) {
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
        seqs = Arrays.copyOf(seqs, size * 2);
        lastCharges = Arrays.copyOf(lastCharges, size * 2);
        invoices = Arrays.copyOf(invoices, size * 2);
      }
      int at = upperBound(ends, size, end);
      System.arraycopy(ends, at, ends, at + 1, size - at);
      System.arraycopy(seqs, at, seqs, at + 1, size - at);
      System.arraycopy(lastCharges, at, lastCharges, at + 1, size - at);
      System.arraycopy(invoices, at, invoices, at + 1, size - at);
      ends[at] = end;
      seqs[at] = seq;
      lastCharges[at] = lastCharge;
      invoices[at] = invoice;
      size++;
      tail();
      if (lastCharge != Long.MIN_VALUE) {
        if (chargeCount == charges.length) {
          charges = Arrays.copyOf(charges, chargeCount * 2);
        }
        int c = upperBound(charges, chargeCount, lastCharge);
        System.arraycopy(charges, c, charges, c + 1, chargeCount - c);
        charges[c] = lastCharge;
        chargeCount++;
        latestCharge = charges[chargeCount - 1];
      }
    }

    /**
     * The invoices whose latest line end is after a day, in the order first saved. The bill run
     * asks for the latest ones: none or the last is answered from the fields at hand, more by a
     * walk back from the end, so it costs what it returns.
     */
    List<Invoice> endingAfter(long day) {
      if (lastEnd <= day) {
        return List.of();
      }
      if (previousEnd <= day) {
        return List.of(last);
      }
      int from = size - 2;
      while (from > 0 && ends[from - 1] > day) {
        from--;
      }
      int n = size - from;
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = from + i;
      }
      Arrays.sort(order, (x, y) -> Long.compare(seqs[x], seqs[y]));
      List<Invoice> out = new ArrayList<>(n);
      for (Integer i : order) {
        out.add(invoices[i]);
      }
      return out;
    }

    /** The first position whose value is above {@code v} in a sorted prefix. */
    private static int upperBound(long[] sorted, int length, long v) {
      int low = 0;
      int high = length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (sorted[mid] <= v) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  @Override
  public List<Invoice> findByAccount(AccountId account) {
    return findBy(byAccount, account);
  }

  @Override
  public List<Invoice> findByAccountWithServiceEndingAfter(AccountId account, LocalDate day) {
    requireNonNull(account, "account");
    requireNonNull(day, "day");
    if (stagedOrNull() != null) {
      return InvoiceRepository.super.findByAccountWithServiceEndingAfter(account, day);
    }
    long after = day.toEpochDay();
    return locked(
        () -> {
          History h = histories.get(account);
          return h == null ? List.of() : h.endingAfter(after);
        });
  }

  @Override
  public Optional<LocalDate> latestChargeStart(AccountId account) {
    requireNonNull(account, "account");
    if (stagedOrNull() != null) {
      return InvoiceRepository.super.latestChargeStart(account);
    }
    return locked(
        () -> {
          History h = histories.get(account);
          return h == null || h.latestCharge == Long.MIN_VALUE
              ? Optional.empty()
              : Optional.of(LocalDate.ofEpochDay(h.latestCharge));
        });
  }

  @Override
  protected void stored(Invoice before, Invoice after) {
    long seq = -1;
    if (before != null) {
      History was = histories.get(before.account());
      if (was != null) {
        seq = was.remove(before.id());
      }
    }
    History h = histories.computeIfAbsent(after.account(), a -> new History());
    long lastEnd = Long.MIN_VALUE;
    long lastCharge = Long.MIN_VALUE;
    for (InvoiceLine l : after.lines()) {
      lastEnd = Math.max(lastEnd, l.servicePeriod().end().toEpochDay());
      if (Watermark.isCharge(l)) {
        lastCharge = Math.max(lastCharge, l.servicePeriod().start().toEpochDay());
      }
    }
    if (after.status() == InvoiceStatus.DELETED) {
      lastCharge = Long.MIN_VALUE;
    }
    h.add(after, seq < 0 ? saves++ : seq, lastEnd, lastCharge);
  }
}
