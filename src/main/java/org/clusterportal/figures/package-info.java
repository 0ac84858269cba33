/**
 * How intensely the signatories cooperate (issue 15): figures of a period for an agreement, an organisation or the
 * whole portal, read in grouped queries from the facts the features keep (offers, co-providers and expressions of
 * interest; events and registrations; proposals and their consortia), each counting only what the viewer may see
 * ({@link org.clusterportal.agreements.Audience}). It imports {@code offers}, {@code events}, {@code proposals},
 * {@code agreements}, {@code organisations} and {@code platform}; nothing imports it but its {@code web} package.
 */
package org.clusterportal.figures;
