package dev.revops.jdbc.sales;

import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.core.port.Repository;
import dev.revops.jdbc.RevOpsDatabase;
import dev.revops.sales.id.CaseId;
import dev.revops.sales.id.OrderId;
import dev.revops.sales.id.ReturnId;
import dev.revops.sales.lead.Lead;
import dev.revops.sales.order.Order;
import dev.revops.sales.pipeline.Opportunity;
import dev.revops.sales.returns.ReturnAuthorization;
import dev.revops.sales.returns.ReturnTrigger;
import dev.revops.sales.servicecase.ServiceCase;
import dev.revops.testkit.conformance.RepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * revops-testkit's repository contract on every sales repository; {@code
 * H2SalesPortConformanceTest} and {@code PostgresSalesPortConformanceTest} run it on each database.
 * Each repository starts empty: {@code newRepository()} clears the tables.
 */
abstract class SalesPortConformance {
  /**
   * Returns the database of the running test class.
   *
   * @return the database, migrated
   */
  abstract RevOpsDatabase db();

  private RevOpsDatabase fresh() {
    return SalesTables.clear(db());
  }

  @Nested
  class Leads extends RepositoryContract<LeadId, Lead> {
    @Override
    protected Repository<LeadId, Lead> newRepository() {
      return new JdbcLeadRepository(fresh().database());
    }

    @Override
    protected Lead newAggregate(int n) {
      return SalesFixtures.lead(n);
    }

    @Override
    protected Lead change(Lead l, int n) {
      return SalesFixtures.reassign(l, n);
    }
  }

  @Nested
  class Opportunities extends RepositoryContract<OpportunityId, Opportunity> {
    @Override
    protected Repository<OpportunityId, Opportunity> newRepository() {
      return new JdbcOpportunityRepository(fresh().database());
    }

    @Override
    protected Opportunity newAggregate(int n) {
      return SalesFixtures.opportunity(n);
    }

    @Override
    protected Opportunity change(Opportunity o, int n) {
      return SalesFixtures.reprice(o, n);
    }
  }

  @Nested
  class Orders extends RepositoryContract<OrderId, Order> {
    @Override
    protected Repository<OrderId, Order> newRepository() {
      return new JdbcOrderRepository(fresh().database());
    }

    @Override
    protected Order newAggregate(int n) {
      return SalesFixtures.order(n);
    }

    @Override
    protected Order change(Order o, int n) {
      return SalesFixtures.payPart(o, n);
    }
  }

  @Nested
  class Returns extends RepositoryContract<ReturnId, ReturnAuthorization> {
    @Override
    protected Repository<ReturnId, ReturnAuthorization> newRepository() {
      return new JdbcReturnRepository(fresh().database());
    }

    @Override
    protected ReturnAuthorization newAggregate(int n) {
      return SalesFixtures.returnOf(n, OrderId.of("order-" + (n % 3)));
    }

    @Override
    protected ReturnAuthorization change(ReturnAuthorization r, int n) {
      return r.fire(n % 2 == 0 ? ReturnTrigger.ACCEPT : ReturnTrigger.CANCEL, SalesFixtures.T0)
          .value();
    }
  }

  @Nested
  class Cases extends RepositoryContract<CaseId, ServiceCase> {
    @Override
    protected Repository<CaseId, ServiceCase> newRepository() {
      return new JdbcCaseRepository(fresh().database());
    }

    @Override
    protected ServiceCase newAggregate(int n) {
      return SalesFixtures.serviceCase(n);
    }

    @Override
    protected ServiceCase change(ServiceCase c, int n) {
      return SalesFixtures.respond(c, n);
    }
  }
}
