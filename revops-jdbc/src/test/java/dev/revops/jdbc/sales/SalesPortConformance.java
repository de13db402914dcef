package dev.revops.jdbc.sales;

import dev.revops.core.id.LeadId;
import dev.revops.core.id.OpportunityId;
import dev.revops.jdbc.RepositoryContractOf;
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
  class Leads extends RepositoryContractOf<LeadId, Lead> {
    Leads() {
      super(
          () -> new JdbcLeadRepository(fresh().database()),
          n -> SalesFixtures.lead(n),
          (l, n) -> SalesFixtures.reassign(l, n));
    }
  }

  @Nested
  class Opportunities extends RepositoryContractOf<OpportunityId, Opportunity> {
    Opportunities() {
      super(
          () -> new JdbcOpportunityRepository(fresh().database()),
          n -> SalesFixtures.opportunity(n),
          (o, n) -> SalesFixtures.reprice(o, n));
    }
  }

  @Nested
  class Orders extends RepositoryContractOf<OrderId, Order> {
    Orders() {
      super(
          () -> new JdbcOrderRepository(fresh().database()),
          n -> SalesFixtures.order(n),
          (o, n) -> SalesFixtures.payPart(o, n));
    }
  }

  @Nested
  class Returns extends RepositoryContractOf<ReturnId, ReturnAuthorization> {
    Returns() {
      super(
          () -> new JdbcReturnRepository(fresh().database()),
          n -> SalesFixtures.returnOf(n, OrderId.of("order-" + (n % 3))),
          (r, n) ->
              r.fire(n % 2 == 0 ? ReturnTrigger.ACCEPT : ReturnTrigger.CANCEL, SalesFixtures.T0)
                  .value());
    }
  }

  @Nested
  class Cases extends RepositoryContractOf<CaseId, ServiceCase> {
    Cases() {
      super(
          () -> new JdbcCaseRepository(fresh().database()),
          n -> SalesFixtures.serviceCase(n),
          (c, n) -> SalesFixtures.respond(c, n));
    }
  }
}
