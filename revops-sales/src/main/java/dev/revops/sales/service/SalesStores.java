package dev.revops.sales.service;

import static java.util.Objects.requireNonNull;

import dev.revops.core.port.AccountRepository;
import dev.revops.core.port.ContactRepository;
import dev.revops.core.port.memory.InMemoryAccountRepository;
import dev.revops.core.port.memory.InMemoryContactRepository;
import dev.revops.sales.port.AccountValuation;
import dev.revops.sales.port.CaseRepository;
import dev.revops.sales.port.FeedbackLog;
import dev.revops.sales.port.LeadRepository;
import dev.revops.sales.port.OpportunityRepository;
import dev.revops.sales.port.OrderRepository;
import dev.revops.sales.port.ReturnRepository;
import dev.revops.sales.port.memory.InMemoryCaseRepository;
import dev.revops.sales.port.memory.InMemoryFeedbackLog;
import dev.revops.sales.port.memory.InMemoryLeadRepository;
import dev.revops.sales.port.memory.InMemoryOpportunityRepository;
import dev.revops.sales.port.memory.InMemoryOrderRepository;
import dev.revops.sales.port.memory.InMemoryReturnRepository;
import java.util.Optional;

/**
 * The ports revops-sales reads and writes: its repositories, the core account and contact
 * repositories conversion writes to, the feedback log and the host's account valuation. A parameter
 * record: immutable, thread-safe when its ports are; no part is null.
 *
 * @param leads the leads
 * @param opportunities the opportunities
 * @param orders the orders
 * @param returns the returns
 * @param cases the service cases
 * @param accounts the accounts (conversion creates or fills them)
 * @param contacts the contacts (conversion creates or fills them)
 * @param feedback the CSAT and NPS answers
 * @param valuation what an account is worth, for case escalation
 */
public record SalesStores(
    LeadRepository leads,
    OpportunityRepository opportunities,
    OrderRepository orders,
    ReturnRepository returns,
    CaseRepository cases,
    AccountRepository accounts,
    ContactRepository contacts,
    FeedbackLog feedback,
    AccountValuation valuation) {

  /** Checks that every port is there. */
  public SalesStores {
    requireNonNull(leads, "leads");
    requireNonNull(opportunities, "opportunities");
    requireNonNull(orders, "orders");
    requireNonNull(returns, "returns");
    requireNonNull(cases, "cases");
    requireNonNull(accounts, "accounts");
    requireNonNull(contacts, "contacts");
    requireNonNull(feedback, "feedback");
    requireNonNull(valuation, "valuation");
  }

  /**
   * Returns fresh in-memory stores (the indexed embedded defaults); no account has a known value
   * until {@link #withValuation(AccountValuation)} says otherwise.
   *
   * @return the stores
   */
  public static SalesStores inMemory() {
    return new SalesStores(
        new InMemoryLeadRepository(),
        new InMemoryOpportunityRepository(),
        new InMemoryOrderRepository(),
        new InMemoryReturnRepository(),
        new InMemoryCaseRepository(),
        new InMemoryAccountRepository(),
        new InMemoryContactRepository(),
        new InMemoryFeedbackLog(),
        account -> Optional.empty());
  }

  /**
   * Returns a copy with the host's account valuation.
   *
   * @param newValuation the valuation
   * @return the copy
   */
  public SalesStores withValuation(AccountValuation newValuation) {
    return new SalesStores(
        leads, opportunities, orders, returns, cases, accounts, contacts, feedback, newValuation);
  }

  /**
   * Returns a copy on the host's (or another module's) account and contact repositories.
   *
   * @param newAccounts the accounts
   * @param newContacts the contacts
   * @return the copy
   */
  public SalesStores withParties(AccountRepository newAccounts, ContactRepository newContacts) {
    return new SalesStores(
        leads,
        opportunities,
        orders,
        returns,
        cases,
        newAccounts,
        newContacts,
        feedback,
        valuation);
  }
}
