package org.clusterportal.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.agreements.AgreementService;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.people.PersonService;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit log in the database: written by the features, filtered, exported, and for admins only. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    private static final Viewer ADMIN = new Viewer(1L, true);
    private static final Viewer MEMBER = new Viewer(3L, false);

    @Inject
    private AuditLog auditLog;

    @Inject
    private AgreementService agreementService;

    @Inject
    private PersonService personService;

    @PersistenceContext
    private EntityManager entityManager;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @Test
    void namingAndRemovingACoordinatorIsEachOneEntry() {
        Person person = personService.logIn(new AccountClaims(UUID.randomUUID().toString(), "koord", "Kamil", "Koordynowski", null, null));
        long before = entries("agreement", "1").size();

        agreementService.nameCoordinator(ADMIN, 1L, person.getId());
        agreementService.removeCoordinator(ADMIN, 1L, person.getId());

        List<AuditEntry> entries = entries("agreement", "1");
        assertThat(entries).hasSize((int) before + 2);
        assertThat(entries.subList(entries.size() - 2, entries.size()))
                .extracting(AuditEntry::getAction, AuditEntry::getActorName, AuditEntry::getDetail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.COORDINATOR_NAMED, "Ewa Nowak",
                                "Kamil Koordynowski (person " + person.getId() + ")"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.COORDINATOR_REMOVED, "Ewa Nowak",
                                "Kamil Koordynowski (person " + person.getId() + ")"));
    }

    @Test
    void aRefusedActionLeavesNoEntryOfItsOwn() {
        Person person = personService.logIn(new AccountClaims(UUID.randomUUID().toString(), "nie", "Nie", "Koordynator", null, null));

        assertThatThrownBy(() -> agreementService.nameCoordinator(MEMBER, 1L, person.getId()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(entries("agreement", "1")).noneMatch(entry -> entry.getDetail().contains("person " + person.getId() + ")"));
    }

    @Test
    void theFilterFindsByPersonActionAndPeriodAndTheExportNeutralisesFormulas() {
        String marker = "=cmd|' /C calc'!A0 " + UUID.randomUUID();
        auditLog.recordRefusal(MEMBER, marker);

        AuditFilter filter = new AuditFilter();
        filter.setPerson("wiśniewska");
        filter.setAction(AuditAction.ACCESS_DENIED);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        filter.setFrom(today);
        filter.setTo(today);
        List<AuditEntry> found = auditLog.list(ADMIN, filter, 0, 500);
        assertThat(found).anyMatch(entry -> marker.equals(entry.getDetail()));
        assertThat(found).allMatch(entry -> entry.getAction() == AuditAction.ACCESS_DENIED
                && entry.getActorName().equals("Anna Wiśniewska"));
        assertThat(auditLog.count(ADMIN, filter)).isEqualTo(found.size());

        filter.setFrom(today.plusDays(1));
        filter.setTo(null);
        assertThat(auditLog.count(ADMIN, filter)).isZero();
        filter.setFrom(null);
        filter.setTo(today.minusDays(1));
        assertThat(auditLog.count(ADMIN, filter)).isZero();

        filter.setTo(null);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        auditLog.exportCsv(ADMIN, filter, csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF\"when_utc\",");
        assertThat(text).contains("\"'" + marker.replace("\"", "\"\"") + "\"").doesNotContain(",\"=cmd");
        assertThat(text.lines().count() - 1).isEqualTo(auditLog.count(ADMIN, filter));
    }

    @Test
    void onlyAdminsReadTheLog() {
        AuditFilter filter = new AuditFilter();
        assertThatThrownBy(() -> auditLog.list(MEMBER, filter, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.count(MEMBER, filter)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.exportCsv(MEMBER, filter, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<AuditEntry> entries(String type, String id) {
        return entityManager.createQuery("""
                select e from AuditEntry e where e.objectType = :type and e.objectId = :id order by e.id""", AuditEntry.class)
                .setParameter("type", type)
                .setParameter("id", id)
                .getResultList();
    }
}
