/**
 * The use cases of collections, above the domain and the ports: {@link
 * dev.revops.collections.service.DunningService} (evaluate and store an account's dunning), {@link
 * dev.revops.collections.service.ContactGate} (the latest-payment check, compliance and the
 * activity log before every contact), {@link dev.revops.collections.service.DunningDispatcher}
 * (dunning runs whose contacts always pass the gate), {@link
 * dev.revops.collections.service.PromiseService} and {@link
 * dev.revops.collections.service.PlanService}. Each loads through a port, asks the domain what
 * happens and saves and publishes through core's {@code Aggregates}, with the aggregate's id in the
 * logging context under {@code revops.<aggregate>}.
 */
package dev.revops.collections.service;
