/**
 * Workflows that combine the concepts: dunning runs whose contacts always pass the contact gate.
 */
package dev.revops.collections.workflow;
