/** Domain events and {@link dev.revops.core.event.Changed}: a new value plus what happened. */
package dev.revops.core.event;
