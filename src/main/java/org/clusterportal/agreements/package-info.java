/**
 * Cooperation agreements between clusters, their signatories and coordinators, and the one rule of who takes
 * part in what ({@link org.clusterportal.agreements.AccessPolicy}) that every scoped feature uses.
 */
package org.clusterportal.agreements;
