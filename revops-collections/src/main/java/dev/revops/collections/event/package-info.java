/**
 * What collections' domain events share: the account as the aggregate of account-wide events, and
 * the id of events that happen once per aggregate. Imports nothing else of collections.
 */
package dev.revops.collections.event;
