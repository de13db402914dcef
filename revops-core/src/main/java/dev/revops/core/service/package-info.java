/**
 * The kernel's share of the application layer: the one helper every use-case service uses to load
 * an aggregate, change it, save it with its expected version and hand its events on, with the
 * aggregate's id in the logging context. Sits above {@code port}; domain packages never import it.
 */
package dev.revops.core.service;
