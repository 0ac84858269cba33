package org.clusterportal.agreements;

/** What a document of an agreement is: the agreement's own text, or an annex to it. */
public enum AgreementDocumentKind {
    TEXT,
    ANNEX
}
