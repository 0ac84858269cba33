package org.clusterportal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.faces.FacesException;

import org.clusterportal.platform.security.AccessDeniedException;
import org.junit.jupiter.api.Test;

/** A refusal is written to the audit log once: the 403 page leaves alone what the refusing service wrote. */
class ErrorBackingTest {

    @Test
    void aRefusalTheServiceAuditedIsNotAuditedAgainHoweverItIsWrapped() {
        AccessDeniedException audited = AccessDeniedException.audited("Offer 12");
        assertThat(ErrorBacking.alreadyAudited(audited)).isTrue();
        assertThat(ErrorBacking.alreadyAudited(new FacesException(new EJBException(audited)))).isTrue();
    }

    @Test
    void aRefusalNobodyAuditedYetIsAuditedByThePage() {
        assertThat(ErrorBacking.alreadyAudited(new AccessDeniedException("Agreement 3"))).isFalse();
        assertThat(ErrorBacking.alreadyAudited(new FacesException(new AccessDeniedException("Agreement 3")))).isFalse();
        assertThat(ErrorBacking.alreadyAudited(null)).isFalse();
    }
}
