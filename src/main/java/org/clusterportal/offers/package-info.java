/**
 * Joint offers and requests that organisations publish to the agreements they take part in, or to everybody:
 * the marketplace of what the signatories exchange.
 */
package org.clusterportal.offers;
