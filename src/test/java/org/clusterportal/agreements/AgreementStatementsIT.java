package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.Statements;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the agreement editor (agreements/edit.xhtml) reads, counted in SQL statements: its signatories'
 * organisations come in one query, not one per row (issue 14, defect 11: the page took 2.7 s).
 */
@ExtendWith(ArquillianExtension.class)
class AgreementStatementsIT {

    @Inject
    private AgreementService agreementService;

    @PersistenceContext
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions().addClass(Statements.class);
    }

    @Test
    void theEditorReadsAnAgreementsSignatoriesAndTheirOrganisationsInAFixedNumberOfStatements() {
        // Demo data (V2_1): agreement 1 has six signatories; the demo admin is person 1.
        Viewer admin = new Viewer(1L, true);
        int statements = Statements.during(entityManager, () -> {
            Agreement agreement = agreementService.find(admin, 1L).orElseThrow();
            assertThat(agreement.getSignatories()).hasSizeGreaterThanOrEqualTo(6)
                    .allSatisfy(signatory -> assertThat(signatory.getOrganisation().getName()).isNotBlank());
        });
        // The agreement, its areas, its signatories, their organisations (8 with one query per row, as before).
        assertThat(statements).isLessThanOrEqualTo(5);
    }
}
