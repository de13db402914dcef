package dev.revops.billing.port;

import dev.revops.billing.billrun.Watermark;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.Repository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Stores invoices with optimistic versions. Implementations must be thread-safe.
 *
 * <p>The bill run reads an account's invoices through {@link #latestChargeStart} and {@link
 * #findByAccountWithServiceEndingAfter} (see {@link Watermark}), so its cost does not grow with the
 * account's age. Both have default implementations that filter {@link #findByAccount}: correct for
 * any store, but reading the whole history; a store answers them from an index instead.
 */
public interface InvoiceRepository extends Repository<InvoiceId, Invoice> {
  /**
   * Returns an account's invoices.
   *
   * @param account the account
   * @return a snapshot, any order
   */
  List<Invoice> findByAccount(AccountId account);

  /**
   * Returns an account's invoices that have at least one line (of any kind) whose service period
   * ends after a day (service periods are half-open), that is that serve that day or a later one.
   * The bill run calls it with the first day it reads ({@link Watermark#invoicesNeededFrom}).
   *
   * <p>The invoices come in the order {@link #findByAccount} returns them (the generator's output
   * follows the order of its input, so reading fewer invoices must not reorder them); every status
   * is returned, deleted drafts included (the generator leaves those out itself). A store answers
   * it from an index on the invoices' latest line end (the default reads the whole history).
   *
   * @param account the account (never null)
   * @param day the day: lines ending on or before it do not make an invoice match (never null)
   * @return a snapshot, in {@link #findByAccount} order
   */
  default List<Invoice> findByAccountWithServiceEndingAfter(AccountId account, LocalDate day) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(day, "day");
    List<Invoice> all = findByAccount(account);
    List<Invoice> out = new ArrayList<>(Math.min(all.size(), 16));
    for (Invoice invoice : all) {
      for (InvoiceLine l : invoice.lines()) {
        if (l.servicePeriod().end().isAfter(day)) {
          out.add(invoice);
          break;
        }
      }
    }
    return out;
  }

  /**
   * Returns an account's billing watermark: the latest first day of a charge the bill run billed
   * for any of its subscriptions, on an invoice that counts. A charge is a line with a subscription
   * and a price or coupon, of type recurring, proration charge, usage, one-time or discount ({@link
   * Watermark#isCharge}); an invoice counts unless it is a deleted draft. The bill run reads the
   * account's history only from the periods around it ({@link Watermark}).
   *
   * <p>A store answers it from an index (the maximum over the account's charge lines; the default
   * reads the whole history).
   *
   * @param account the account (never null)
   * @return the day, or empty when no invoice of the account that counts holds a charge
   */
  default Optional<LocalDate> latestChargeStart(AccountId account) {
    Objects.requireNonNull(account, "account");
    return Watermark.of(findByAccount(account));
  }

  /**
   * Returns the watermarks ({@link #latestChargeStart}) of several accounts at once: what a bill
   * run reads for a claimed batch. The default calls {@link #latestChargeStart} per account; a
   * database adapter answers it with one grouped query.
   *
   * @param accounts the accounts (never null, no null element)
   * @return the accounts that have a watermark, mapped to it; an account without one is absent
   */
  default Map<AccountId, LocalDate> latestChargeStarts(Collection<AccountId> accounts) {
    Objects.requireNonNull(accounts, "accounts");
    Map<AccountId, LocalDate> out = new LinkedHashMap<>();
    for (AccountId a : accounts) {
      latestChargeStart(Objects.requireNonNull(a, "account")).ifPresent(d -> out.put(a, d));
    }
    return out;
  }

  /**
   * Returns, for several accounts at once, the invoices the bill run reads from each account's
   * first needed day: {@link #findByAccountWithServiceEndingAfter} for each account and its day, or
   * {@link #findByAccount} (the whole history) for an account whose day is {@link LocalDate#MIN}.
   * The default calls those per account; a database adapter answers it with one or two queries.
   *
   * @param fromDays each account mapped to its day (never null, no null key or value)
   * @return every account given, in the order given, mapped to its invoices in {@link
   *     #findByAccount} order (an empty list when none matches)
   */
  default Map<AccountId, List<Invoice>> findByAccountsWithServiceEndingAfter(
      Map<AccountId, LocalDate> fromDays) {
    Objects.requireNonNull(fromDays, "fromDays");
    Map<AccountId, List<Invoice>> out = new LinkedHashMap<>();
    for (Map.Entry<AccountId, LocalDate> e : fromDays.entrySet()) {
      AccountId a = Objects.requireNonNull(e.getKey(), "account");
      LocalDate day = Objects.requireNonNull(e.getValue(), "day");
      out.put(
          a,
          day.equals(LocalDate.MIN)
              ? findByAccount(a)
              : findByAccountWithServiceEndingAfter(a, day));
    }
    return out;
  }

  /**
   * Returns {@code "Invoice"}: the name in {@code NotFoundException} messages and, as {@code
   * revops.invoice}, the logging-context key under which its saves run.
   *
   * @return the aggregate's type name
   */
  @Override
  default String typeName() {
    return "Invoice";
  }
}
