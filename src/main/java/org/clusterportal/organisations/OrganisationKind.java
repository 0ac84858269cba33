package org.clusterportal.organisations;

/** What an organisation is; the resource bundle names each as {@code organisation.kind.<NAME>}. */
public enum OrganisationKind {
    CLUSTER,
    COMPANY,
    RESEARCH_INSTITUTE,
    UNIVERSITY,
    PUBLIC_INSTITUTION,
    BUSINESS_SUPPORT
}
