package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.BillingResult;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.billrun.Watermark;
import dev.revops.billing.invoice.CreditBalance;
import dev.revops.billing.invoice.Invoice;
import dev.revops.billing.invoice.InvoiceId;
import dev.revops.billing.invoice.InvoiceLine;
import dev.revops.billing.port.CreditBalanceRepository;
import dev.revops.billing.port.InvoiceRepository;
import dev.revops.billing.port.SubscriptionRepository;
import dev.revops.billing.subscription.Subscription;
import dev.revops.core.event.Changed;
import dev.revops.core.id.AccountId;
import dev.revops.core.port.EventPublisher;
import dev.revops.core.service.Aggregates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way to bill an account: ask the {@link dev.revops.billing.billrun.InvoiceGenerator} what
 * is due (from the stored subscriptions and invoices), then issue it: one invoice per currency,
 * drafted, taxed, finalized with the account's credit balance, saved and its events appended to the
 * outbox, all of one account in one unit of work. {@link #due} is the dry run of {@link
 * #issue(AccountId, LocalDate, List)}: the same generator on the same input. Issuing again for the
 * same date creates nothing, because the generator returns only what no invoice holds yet. {@link
 * InvoiceService#bill} and {@link BillRun#issue} both bill through this class.
 *
 * <p>Thread-safe if its ports and id generator are; two callers billing the same account at once
 * may both issue (the ports offer no per-account lock yet), so a host bills an account from one
 * place at a time.
 */
public final class BillingCycleService {
  private final InvoiceRepository invoices;
  private final SubscriptionRepository subscriptions;
  private final CreditBalanceRepository balances;
  private final InvoiceSettings settings;
  private final Aggregates aggregates;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param stores the ports; this service uses the invoices, subscriptions and credit balances
   * @param settings the catalog, generator, tax, payment terms and invoice ids
   * @param context the unit of work each account is issued in, the outbox and the clock (the
   *     instant of finalization)
   */
  public BillingCycleService(
      BillingStores stores, InvoiceSettings settings, BillingContext context) {
    requireNonNull(stores, "stores");
    requireNonNull(context, "context");
    this.invoices = stores.invoices();
    this.subscriptions = stores.subscriptions();
    this.balances = stores.balances();
    this.settings = requireNonNull(settings, "settings");
    this.aggregates = context.aggregates();
    this.clock = context.clock();
  }

  /**
   * Creates the service on the embedded defaults ({@link BillingContext#embedded}).
   *
   * @param stores the ports
   * @param settings the catalog, generator, tax, payment terms and invoice ids
   * @param events receives the events of every issued invoice
   * @param clock the clock
   * @deprecated give the unit of work and the outbox: {@link #BillingCycleService(BillingStores,
   *     InvoiceSettings, BillingContext)}, or {@code Billing.billingCycle(InvoiceSettings)}
   */
  @Deprecated
  public BillingCycleService(
      BillingStores stores, InvoiceSettings settings, EventPublisher events, Clock clock) {
    this(stores, settings, BillingContext.embedded(events, clock));
  }

  /**
   * Returns the settings invoices are made with.
   *
   * @return the settings
   */
  public InvoiceSettings settings() {
    return settings;
  }

  /**
   * Returns what is due for an account up to a date, saving nothing (the dry run).
   *
   * <p>It reads the account's history from its {@link Watermark} only, so its cost does not grow
   * with the account's age: the subscriptions, the watermark ({@link
   * InvoiceRepository#latestChargeStart}), then only the invoices serving a day from the first day
   * the watermark leaves open ({@link InvoiceRepository#findByAccountWithServiceEndingAfter}; all
   * of them, {@link InvoiceRepository#findByAccount}, when the account has no charge yet). The
   * generator then recomputes only the periods that are not settled; for a history this service
   * billed, that is exactly what recomputing every period from the start gives ({@link Watermark}
   * says what it trusts).
   *
   * @param account the account (never null)
   * @param asOf the date to bill up to
   * @param usage the account's usage (null for none)
   * @return the new lines and the next date anything is due
   */
  public BillingResult due(AccountId account, LocalDate asOf, List<UsageRecord> usage) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "target");
    List<Subscription> subs = subscriptions.findByAccount(account);
    LocalDate from =
        Watermark.invoicesNeededFrom(
            subs,
            settings.catalog(),
            invoices.latestChargeStart(account).orElse(null),
            usage,
            asOf);
    List<Invoice> history =
        from.equals(LocalDate.MIN)
            ? invoices.findByAccount(account)
            : invoices.findByAccountWithServiceEndingAfter(account, from);
    AccountBilling input = new AccountBilling(account, subs, history, usage, from);
    return settings.generator().generate(input, settings.catalog(), asOf);
  }

  /**
   * Bills an account up to a date: {@link #due} and then {@link #issue(BillingResult, LocalDate)},
   * in one unit of work. The account's id is in the logging context under {@code revops.account}
   * meanwhile.
   *
   * @param account the account (never null)
   * @param asOf the date to bill up to (also the issue date)
   * @param usage the account's usage (null for none)
   * @return the issued invoices, one per currency with new lines; empty when nothing is due
   */
  public List<Invoice> issue(AccountId account, LocalDate asOf, List<UsageRecord> usage) {
    requireNonNull(account, "account");
    return issueDue(account, asOf, usage).issued();
  }

  /** What one account's issuing found due and issued. */
  record Issue(BillingResult due, List<Invoice> issued) {}

  /** Reads what is due and issues it in one unit of work, the account in the logging context. */
  Issue issueDue(AccountId account, LocalDate asOf, List<UsageRecord> usage) {
    return Aggregates.inContext(
        "Account",
        account,
        () ->
            aggregates.inTransaction(
                () -> {
                  BillingResult due = due(account, asOf, usage);
                  return new Issue(due, issue(due, asOf));
                }));
  }

  /**
   * Issues what the generator found due: one finalized invoice per currency, taxed, with the credit
   * balance applied (a balance in another currency is left alone), saved with its events appended
   * to the outbox: every invoice and the balance of the account in one unit of work, so a failure
   * leaves nothing half-issued and issuing again issues it all.
   *
   * @param due what is due (from {@link #due} or a bill run's dry run; never null)
   * @param asOf the issue date
   * @return the issued invoices, in the order of the currencies' first lines
   */
  public List<Invoice> issue(BillingResult due, LocalDate asOf) {
    requireNonNull(due, "due");
    requireNonNull(asOf, "asOf");
    return aggregates.inTransaction(() -> issueInTransaction(due, asOf));
  }

  private List<Invoice> issueInTransaction(BillingResult due, LocalDate asOf) {
    AccountId account = due.account();
    List<Invoice> created = new ArrayList<>();
    Prepared p = prepare(due, asOf, clock.instant(), balances.find(account).orElse(null));
    for (Changed<Invoice> invoice : p.invoices()) {
      created.add(aggregates.create(invoices, invoice).value());
    }
    commitBalance(p);
    return created;
  }

  /**
   * Bills several accounts up to a date in one unit of work, reading and writing them a batch at a
   * time: one read each for the accounts' subscriptions, watermarks, needed invoices and credit
   * balances ({@link SubscriptionRepository#findByAccounts}, {@link
   * InvoiceRepository#latestChargeStarts}, {@link
   * InvoiceRepository#findByAccountsWithServiceEndingAfter}, {@link
   * CreditBalanceRepository#findByAccounts}), then every new invoice in one {@link
   * dev.revops.core.port.Repository#saveAllNew} and all their events in one outbox append. Each
   * account gets exactly what {@link #issue(AccountId, LocalDate, List)} would give it (the same
   * generator on the same input, the same taxing and finalization); a database adapter turns the
   * per-account round trips into a few per batch. Accounts have no usage records on this path.
   *
   * <p>An account whose billing cannot be computed (the generator or the finalization throws) is
   * left out: nothing of it is written and it is reported under {@link BatchIssue#failed()}. A
   * failure while writing (a constraint refusing a line, a lost connection) throws, and the caller
   * rolls back the whole batch, or to a savepoint taken before the call, and can bill its accounts
   * one at a time to find the one that fails ({@code JdbcBillRun} does).
   *
   * @param accounts the accounts (never null, no null element, no account twice)
   * @param asOf the date to bill up to (also the issue date)
   * @return what each account got, and the accounts that failed
   */
  public BatchIssue issueAll(List<AccountId> accounts, LocalDate asOf) {
    requireNonNull(accounts, "accounts");
    requireNonNull(asOf, "asOf");
    Set<AccountId> distinct = new LinkedHashSet<>();
    for (AccountId a : accounts) {
      if (!distinct.add(requireNonNull(a, "account"))) {
        throw new IllegalArgumentException("account " + a.value() + " is given twice");
      }
    }
    if (distinct.isEmpty()) {
      return new BatchIssue(Map.of(), Map.of());
    }
    return aggregates.inTransaction(() -> issueAllInTransaction(distinct, asOf));
  }

  private BatchIssue issueAllInTransaction(Set<AccountId> accounts, LocalDate asOf) {
    Map<AccountId, RuntimeException> failed = new LinkedHashMap<>();
    Map<AccountId, List<Subscription>> subs = subscriptions.findByAccounts(accounts);
    Map<AccountId, LocalDate> marks = invoices.latestChargeStarts(accounts);
    Map<AccountId, LocalDate> froms = new LinkedHashMap<>();
    for (AccountId a : accounts) {
      try {
        froms.put(
            a,
            Watermark.invoicesNeededFrom(
                subs.getOrDefault(a, List.of()), settings.catalog(), marks.get(a), null, asOf));
      } catch (RuntimeException e) {
        failed.put(a, e);
      }
    }
    Map<AccountId, List<Invoice>> histories = invoices.findByAccountsWithServiceEndingAfter(froms);
    Map<AccountId, BillingResult> dues = new LinkedHashMap<>();
    for (Map.Entry<AccountId, LocalDate> e : froms.entrySet()) {
      AccountId a = e.getKey();
      try {
        AccountBilling input =
            new AccountBilling(
                a,
                subs.getOrDefault(a, List.of()),
                histories.getOrDefault(a, List.of()),
                null,
                e.getValue());
        BillingResult due = settings.generator().generate(input, settings.catalog(), asOf);
        if (!due.byCurrency().isEmpty()) {
          dues.put(a, due);
        }
      } catch (RuntimeException ex) {
        failed.put(a, ex);
      }
    }
    Map<AccountId, CreditBalance> stored =
        dues.isEmpty() ? Map.of() : balances.findByAccounts(dues.keySet());
    Instant at = clock.instant();
    List<Prepared> prepared = new ArrayList<>(dues.size());
    List<Changed<Invoice>> toCreate = new ArrayList<>();
    for (Map.Entry<AccountId, BillingResult> e : dues.entrySet()) {
      try {
        Prepared p = prepare(e.getValue(), asOf, at, stored.get(e.getKey()));
        prepared.add(p);
        toCreate.addAll(p.invoices());
      } catch (RuntimeException ex) {
        failed.put(e.getKey(), ex);
      }
    }
    List<Changed<Invoice>> saved = aggregates.createAll(invoices, toCreate);
    Map<AccountId, List<Invoice>> issued = new LinkedHashMap<>();
    for (AccountId a : accounts) {
      if (!failed.containsKey(a)) {
        issued.put(a, new ArrayList<>(2));
      }
    }
    for (Changed<Invoice> c : saved) {
      issued.get(c.value().account()).add(c.value());
    }
    for (Prepared p : prepared) {
      commitBalance(p);
    }
    Map<AccountId, List<Invoice>> frozen = new LinkedHashMap<>();
    issued.forEach((a, list) -> frozen.put(a, List.copyOf(list)));
    return new BatchIssue(frozen, failed);
  }

  /**
   * One account's invoices, drafted, taxed and finalized in memory, and its credit balance before
   * and after: nothing written yet.
   */
  private record Prepared(List<Changed<Invoice>> invoices, List<CreditBalance[]> balanceChanges) {}

  /**
   * Drafts, taxes and finalizes what is due, one invoice per currency, applying the account's
   * stored credit balance (null when none is stored) to the invoice in its currency.
   */
  private Prepared prepare(BillingResult due, LocalDate asOf, Instant at, CreditBalance stored) {
    AccountId account = due.account();
    List<Changed<Invoice>> made = new ArrayList<>(due.byCurrency().size());
    CreditBalance current = stored;
    List<CreditBalance[]> changes = new ArrayList<>(1);
    for (Map.Entry<Currency, List<InvoiceLine>> e : due.byCurrency().entrySet()) {
      Invoice draft =
          Invoice.draft()
              .id(settings.ids().next(InvoiceId::of))
              .account(account)
              .currency(e.getKey())
              .lines(e.getValue())
              .terms(settings.terms())
              .build();
      if (settings.tax().isPresent()) {
        draft = draft.withTax(settings.tax().get());
      }
      CreditBalance balance =
          current != null && current.balance().currency().equals(e.getKey())
              ? current
              : CreditBalance.empty(account, e.getKey());
      Invoice.Finalization f = draft.finalizeOn(asOf, balance, at);
      made.add(f.invoice());
      if (!f.balance().balance().equals(balance.balance())) {
        changes.add(new CreditBalance[] {balance, f.balance()});
        current = f.balance();
      }
    }
    return new Prepared(made, changes);
  }

  /** Saves the account's credit balance when finalizing changed it. */
  private void commitBalance(Prepared p) {
    for (CreditBalance[] change : p.balanceChanges()) {
      aggregates.commit(balances, change[0], Changed.unchanged(change[1]));
    }
  }
}
