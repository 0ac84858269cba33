package org.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.people.PersonService;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Role;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.clusterportal.testing.KeycloakAdmin;
import org.clusterportal.testing.KeycloakAdmin.TestAccount;
import org.clusterportal.testing.KeycloakExtension;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditEntry;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administration against the real Keycloak of the suite: roles granted and revoked, invitations, disabling, the
 * last-admin and self rules, and exactly one audit entry per action. Each test makes its own accounts.
 */
@ExtendWith({ KeycloakExtension.class, ArquillianExtension.class })
class UserAdministrationIT {

    private static final String DEMO_ADMIN = "6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f01";

    @Inject
    private UserAdministration administration;

    @Inject
    private PersonService personService;

    @PersistenceContext
    private EntityManager entityManager;

    private final KeycloakAdmin keycloak = new KeycloakAdmin();
    private final List<TestAccount> made = new java.util.ArrayList<>();
    private final List<String> invited = new java.util.ArrayList<>();

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions()
                .addClasses(KeycloakAdmin.class, TestAccount.class, KeycloakExtension.class);
    }

    @AfterEach
    void deleteAccounts() {
        made.forEach(keycloak::delete);
        invited.forEach(id -> keycloak.delete(new TestAccount(id, null, null)));
    }

    @Test
    void aGrantedRoleReachesKeycloakAndARevokedOneLeavesIt() {
        TestAccount account = account("grant");
        Person person = personService.logIn(new AccountClaims(account.id(), account.username(), "Gra", "Nt", null, null));
        assertThat(person.getRolesChangedAt()).isNull();

        administration.grant(admin(), account.id(), Role.COORDINATOR);

        assertThat(roleNames(account)).contains(Role.COORDINATOR);
        assertThat(entries(account.id())).extracting(AuditEntry::getAction).containsExactly(AuditAction.ROLE_GRANTED);
        assertThat(entries(account.id()).get(0).getActorName()).isEqualTo("Ewa Nowak");
        assertThat(entries(account.id()).get(0).getDetail()).isEqualTo(Role.COORDINATOR);
        assertThat(personService.findBySubject(account.id()).orElseThrow().getRolesChangedAt()).isNotNull();

        administration.revoke(admin(), account.id(), Role.COORDINATOR);

        assertThat(roleNames(account)).doesNotContain(Role.COORDINATOR);
        assertThat(entries(account.id())).extracting(AuditEntry::getAction)
                .containsExactlyInAnyOrder(AuditAction.ROLE_GRANTED, AuditAction.ROLE_REVOKED);
    }

    @Test
    void aRefusedChangeLeavesNoEntry() {
        TestAccount account = account("refused");

        assertThatThrownBy(() -> administration.revoke(admin(), account.id(), Role.COORDINATOR))
                .isInstanceOf(BusinessException.class).hasMessage("admin.role.notHeld");
        assertThatThrownBy(() -> administration.grant(admin(), account.id(), "offline_access"))
                .isInstanceOf(BusinessException.class).hasMessage("admin.role.unknown");
        // member comes with the realm's default roles: it is changed in Keycloak, not here.
        assertThatThrownBy(() -> administration.revoke(admin(), account.id(), Role.MEMBER))
                .isInstanceOf(BusinessException.class).hasMessage("admin.role.inherited");

        assertThat(entries(account.id())).isEmpty();
    }

    @Test
    void anInvitationCreatesTheAccountEvenWhenKeycloakCannotSendTheEmail() {
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example.org";

        Invitation invitation = administration.invite(admin(), email, "Iza", "Nowicka");
        invited.add(invitation.accountId());

        PersonDetails details = administration.find(admin(), invitation.accountId()).orElseThrow();
        assertThat(details.getAccount().getEmail()).isEqualTo(email);
        assertThat(details.getAccount().getDisplayName()).isEqualTo("Iza Nowicka");
        assertThat(details.getAccount().isEnabled()).isTrue();
        assertThat(administration.roles(admin(), invitation.accountId()).holds(Role.MEMBER)).isTrue();
        // The suite's Keycloak has no SMTP server: the e-mail cannot go, and the result says so.
        assertThat(invitation.emailSent()).isFalse();
        assertThat(entries(invitation.accountId())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo(AuditAction.ACCOUNT_INVITED);
                    assertThat(entry.getDetail()).contains(email);
                });

        assertThatThrownBy(() -> administration.invite(admin(), email, null, null))
                .isInstanceOf(BusinessException.class).hasMessage("admin.invite.exists");
        assertThat(entries(invitation.accountId())).hasSize(1);
    }

    @Test
    void aDisabledAccountIsDisabledInKeycloakAndCanBeEnabledAgain() {
        TestAccount account = account("disable");

        administration.disable(admin(), account.id());

        assertThat(userOf(account).getBoolean("enabled")).isFalse();
        assertThat(entries(account.id())).extracting(AuditEntry::getAction).containsExactly(AuditAction.ACCOUNT_DISABLED);

        administration.enable(admin(), account.id());
        administration.endSessions(admin(), account.id());

        assertThat(userOf(account).getBoolean("enabled")).isTrue();
        assertThat(entries(account.id())).extracting(AuditEntry::getAction).containsExactlyInAnyOrder(
                AuditAction.ACCOUNT_DISABLED, AuditAction.ACCOUNT_ENABLED, AuditAction.SESSIONS_ENDED);
    }

    @Test
    void nobodyDisablesThemselves() {
        assertThatThrownBy(() -> administration.disable(admin(), DEMO_ADMIN))
                .isInstanceOf(BusinessException.class).hasMessage("admin.disable.self");
        assertThat(entries(DEMO_ADMIN)).isEmpty();
    }

    @Test
    void theLastAdminKeepsTheRole() {
        // Admins left by earlier, interrupted runs would hide the rule: only the demo admin may hold the role.
        keycloak.usersWithRealmRole(Role.ADMIN).stream()
                .filter(id -> !id.equals(DEMO_ADMIN))
                .forEach(id -> keycloak.removeRealmRole(id, Role.ADMIN));
        TestAccount second = account("second-admin");
        administration.grant(admin(), second.id(), Role.ADMIN);

        // Two admins: one may go.
        administration.revoke(admin(), second.id(), Role.ADMIN);

        assertThatThrownBy(() -> administration.revoke(admin(), DEMO_ADMIN, Role.ADMIN))
                .isInstanceOf(BusinessException.class).hasMessage("admin.lastAdmin");
        assertThat(keycloak.usersWithRealmRole(Role.ADMIN)).containsExactly(DEMO_ADMIN);
        assertThat(entries(DEMO_ADMIN)).isEmpty();
    }

    @Test
    void aMemberIsRefusedEveryAdministrativeAction() {
        Viewer member = new Viewer(3L, false);
        TestAccount account = account("refuse");

        List<Runnable> actions = List.of(
                () -> administration.list(member, null, 0, 10),
                () -> administration.count(member, null),
                () -> administration.find(member, account.id()),
                () -> administration.grant(member, account.id(), Role.ADMIN),
                () -> administration.revoke(member, account.id(), Role.MEMBER),
                () -> administration.invite(member, "x-" + UUID.randomUUID() + "@test.example.org", null, null),
                () -> administration.disable(member, account.id()),
                () -> administration.enable(member, account.id()),
                () -> administration.endSessions(member, account.id()));
        actions.forEach(action -> assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class));

        assertThat(roleNames(account)).doesNotContain(Role.ADMIN);
        assertThat(entries(account.id())).isEmpty();
    }

    @Test
    void theListShowsThePortalsDataBesideTheAccounts() {
        List<PersonRow> rows = administration.list(admin(), "piotr.kowalski", 0, 10);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getAccount().getUsername()).isEqualTo("coordinator");
            assertThat(row.getOrganisations()).isNotEmpty();
            assertThat(row.getAgreementsCoordinated()).isPositive();
        });
        assertThat(administration.count(admin(), "piotr.kowalski")).isEqualTo(1);
    }

    @Test
    void aKeycloakThatDoesNotAnswerIsToldAsSuch() {
        KeycloakAccounts nowhere = new KeycloakAccounts("http://127.0.0.1:9/realms/cluster-portal",
                "cluster-portal-admin", "any");

        assertThatThrownBy(() -> nowhere.count(null))
                .isInstanceOf(BusinessException.class).hasMessage("admin.keycloak.unavailable");
        assertThatThrownBy(() -> nowhere.grant(DEMO_ADMIN, Role.COORDINATOR))
                .isInstanceOf(BusinessException.class).hasMessage("admin.keycloak.unavailable");
    }

    private Viewer admin() {
        return new Viewer(personService.findBySubject(DEMO_ADMIN).orElseThrow().getId(), true);
    }

    private TestAccount account(String prefix) {
        TestAccount account = keycloak.createAccount("test-" + prefix, "Test", prefix);
        made.add(account);
        return account;
    }

    private List<String> roleNames(TestAccount account) {
        return keycloak.realmRolesOf(account).getValuesAs(JsonObject.class).stream()
                .map(role -> role.getString("name"))
                .toList();
    }

    private JsonObject userOf(TestAccount account) {
        return keycloak.user(account.id());
    }

    private List<AuditEntry> entries(String objectId) {
        return entityManager.createQuery("select e from AuditEntry e where e.objectId = :id order by e.id", AuditEntry.class)
                .setParameter("id", objectId)
                .getResultList();
    }
}
