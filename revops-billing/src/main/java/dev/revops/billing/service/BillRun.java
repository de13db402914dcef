package dev.revops.billing.service;

import static java.util.Objects.requireNonNull;

import dev.revops.billing.billrun.AccountBilling;
import dev.revops.billing.billrun.InvoiceGenerator;
import dev.revops.billing.billrun.UsageRecord;
import dev.revops.billing.catalog.Catalog;
import dev.revops.core.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link InvoiceGenerator} over many accounts: as a dry run that hands each account's new
 * lines to a sink ({@link #run}), or issuing them through the {@link BillingCycleService} ({@link
 * #issue}). It streams: it takes up to {@code batchSize} account ids from the iterator, loads and
 * bills them (in parallel when the executor is a pool; the run never starts a thread of its own),
 * hands each outcome to the sink in the iterator's order, and only then takes the next batch, so
 * memory is bounded by the batch, not by the number of accounts. An account that fails (its loader
 * or its generation throws) becomes an {@link AccountOutcome.Failed} and the run goes on. The run
 * itself is stateless; thread-safe if the loader and the sink are.
 */
public final class BillRun {
  private static final Logger LOG = LoggerFactory.getLogger(BillRun.class);

  private final InvoiceGenerator generator;
  private final Catalog catalog;
  private final int batchSize;

  /** Null when accounts are billed inline ({@link #onCallerThread}). */
  private final Executor executor;

  /**
   * Creates a bill run.
   *
   * @param generator the generator
   * @param catalog the catalog
   * @param batchSize accounts per batch, at least 1
   * @param executor where accounts run (a pool bills a batch in parallel); to bill on the caller's
   *     thread use {@link #onCallerThread}
   */
  public BillRun(InvoiceGenerator generator, Catalog catalog, int batchSize, Executor executor) {
    this(generator, catalog, batchSize, Optional.of(requireNonNull(executor, "executor")));
  }

  /** With an empty executor, accounts are billed inline on the calling thread. */
  private BillRun(
      InvoiceGenerator generator, Catalog catalog, int batchSize, Optional<Executor> executor) {
    this.generator = requireNonNull(generator, "generator");
    this.catalog = requireNonNull(catalog, "catalog");
    this.executor = executor.orElse(null);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, got " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /**
   * A bill run that bills each account on the calling thread as the iterator yields it, with no
   * future per account: what {@code Runnable::run} as the executor does, at less cost per account.
   * The report still counts batches of {@code batchSize}.
   *
   * @param generator the generator
   * @param catalog the catalog
   * @param batchSize accounts per batch (reported), at least 1
   * @return the bill run
   */
  public static BillRun onCallerThread(InvoiceGenerator generator, Catalog catalog, int batchSize) {
    return new BillRun(generator, catalog, batchSize, Optional.empty());
  }

  /**
   * Bills every account the iterator yields.
   *
   * @param accounts the account ids, read lazily
   * @param loader loads one account's billing input (the host's storage)
   * @param target the date to bill up to
   * @param sink receives each outcome, in the iterator's order, from the calling thread
   * @return the counts
   */
  public BillRunReport run(
      Iterator<AccountId> accounts,
      Function<AccountId, AccountBilling> loader,
      LocalDate target,
      Consumer<? super AccountOutcome> sink) {
    requireNonNull(loader, "loader");
    requireNonNull(target, "target");
    return stream(accounts, id -> bill(id, loader, target), target, sink);
  }

  /**
   * Bills every account the iterator yields and issues what is due, through the billing cycle (the
   * one way to bill: draft, tax, finalize with the credit balance, save, append the events to the
   * outbox), each account in one unit of work: an account that fails leaves nothing behind and is
   * issued whole by the next run. Each account's outcome is an {@link AccountOutcome.Issued} or an
   * {@link AccountOutcome.Failed}; the report counts the issued lines. The cycle's own generator
   * and catalog are used, not this run's, so a dry run with {@link #run} and the issuing run agree
   * when they are the same.
   *
   * @param accounts the account ids, read lazily
   * @param target the date to bill up to (also the issue date)
   * @param cycle issues each account's invoices
   * @param sink receives each outcome, in the iterator's order, from the calling thread
   * @return the counts
   */
  public BillRunReport issue(
      Iterator<AccountId> accounts,
      LocalDate target,
      BillingCycleService cycle,
      Consumer<? super AccountOutcome> sink) {
    return issue(accounts, id -> List.of(), target, cycle, sink);
  }

  /**
   * As {@link #issue(Iterator, LocalDate, BillingCycleService, Consumer)}, with each account's
   * usage.
   *
   * @param accounts the account ids, read lazily
   * @param usage loads one account's usage (the host's metering)
   * @param target the date to bill up to (also the issue date)
   * @param cycle issues each account's invoices
   * @param sink receives each outcome, in the iterator's order, from the calling thread
   * @return the counts
   */
  public BillRunReport issue(
      Iterator<AccountId> accounts,
      Function<AccountId, List<UsageRecord>> usage,
      LocalDate target,
      BillingCycleService cycle,
      Consumer<? super AccountOutcome> sink) {
    requireNonNull(usage, "usage");
    requireNonNull(target, "target");
    requireNonNull(cycle, "cycle");
    return stream(accounts, id -> issueOne(id, usage, target, cycle), target, sink);
  }

  private BillRunReport stream(
      Iterator<AccountId> accounts,
      Function<AccountId, AccountOutcome> one,
      LocalDate target,
      Consumer<? super AccountOutcome> sink) {
    requireNonNull(accounts, "accounts");
    requireNonNull(sink, "sink");
    Counts counts = new Counts();
    if (executor == null) {
      while (accounts.hasNext()) {
        for (int i = 0; i < batchSize && accounts.hasNext(); i++) {
          sink.accept(counts.add(one.apply(accounts.next())));
        }
        counts.batches++;
      }
      return counts.report(target);
    }
    List<CompletableFuture<AccountOutcome>> batch = new ArrayList<>(batchSize);
    while (accounts.hasNext()) {
      batch.clear();
      while (batch.size() < batchSize && accounts.hasNext()) {
        AccountId id = accounts.next();
        batch.add(CompletableFuture.supplyAsync(() -> one.apply(id), executor));
      }
      counts.batches++;
      for (CompletableFuture<AccountOutcome> f : batch) {
        sink.accept(counts.add(f.join()));
      }
    }
    return counts.report(target);
  }

  /** The counts of one run; confined to the calling thread. */
  private static final class Counts {
    long total;
    long billed;
    long failed;
    long lines;
    long batches;

    AccountOutcome add(AccountOutcome outcome) {
      total++;
      if (outcome instanceof AccountOutcome.Billed b) {
        billed++;
        lines += b.result().lines().size();
      } else if (outcome instanceof AccountOutcome.Issued i) {
        billed++;
        lines += i.result().lines().size();
      } else {
        failed++;
      }
      return outcome;
    }

    BillRunReport report(LocalDate target) {
      LOG.info(
          "bill run to {}: {} accounts, {} billed, {} failed, {} lines",
          target,
          total,
          billed,
          failed,
          lines);
      return new BillRunReport(total, billed, failed, lines, batches);
    }
  }

  private static AccountOutcome issueOne(
      AccountId id,
      Function<AccountId, List<UsageRecord>> usage,
      LocalDate target,
      BillingCycleService cycle) {
    try {
      BillingCycleService.Issue issue = cycle.issueDue(id, target, usage.apply(id));
      return new AccountOutcome.Issued(id, issue.due(), issue.issued());
    } catch (RuntimeException e) {
      return failed(id, e);
    }
  }

  private static AccountOutcome failed(AccountId id, RuntimeException e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    LOG.warn("bill run: account {} failed with {}", id, cause.getClass().getSimpleName());
    return new AccountOutcome.Failed(id, cause.getClass().getSimpleName(), cause.getMessage());
  }

  private AccountOutcome bill(
      AccountId id, Function<AccountId, AccountBilling> loader, LocalDate target) {
    try {
      AccountBilling input = loader.apply(id);
      return new AccountOutcome.Billed(id, generator.generate(input, catalog, target));
    } catch (RuntimeException e) {
      return failed(id, e);
    }
  }
}
