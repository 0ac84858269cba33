package org.clusterportal.organisations;

/** An organisation of the directory as a map needs it: who, and the address parts that place it. */
public record Located(Long id, String name, OrganisationKind kind, String country, String region, String city) {
}
