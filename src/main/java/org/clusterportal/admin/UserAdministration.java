package org.clusterportal.admin;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Agreement;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Role;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;

/**
 * What administrators do with people: the accounts of Keycloak with the portal's data beside them, global
 * roles, invitations, disabling and ending sessions. Keycloak is the one source of truth for accounts and roles;
 * the portal records only the audit entry and the moment the person's roles changed (which ends their older
 * sessions at their next request, see people.LoginFilter).
 * <p>
 * Each change writes the portal's side first and calls Keycloak last, in one transaction: when Keycloak refuses
 * or does not answer, the exception rolls the portal's side back, so nothing is recorded that Keycloak did not
 * accept.
 */
@Stateless
public class UserAdministration {

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private KeycloakAccounts keycloak;

    @Inject
    private AuditLog auditLog;

    /** A page of the accounts that match the words, with the portal's data of each: three queries a page. */
    public List<PersonRow> list(@NotNull Viewer viewer, String words, @Min(0) int first, @Min(1) @Max(500) int pageSize) {
        requireAdmin(viewer);
        List<Account> accounts = keycloak.search(words, first, pageSize);
        if (accounts.isEmpty()) {
            return List.of();
        }
        Set<String> subjects = accounts.stream().map(Account::getId).collect(Collectors.toSet());
        Map<String, Instant> lastLogins = new HashMap<>();
        entityManager.createQuery("select p.subject, p.lastLogin from Person p where p.subject in :subjects", Object[].class)
                .setParameter("subjects", subjects)
                .getResultList()
                .forEach(row -> lastLogins.put((String) row[0], (Instant) row[1]));
        Map<String, List<String>> organisations = entityManager.createQuery("""
                select p.subject, o.name from Membership m join m.person p join m.organisation o
                where p.subject in :subjects and m.status = :approved order by o.name""", Object[].class)
                .setParameter("subjects", subjects)
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList().stream()
                .collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toList())));
        Map<String, Long> coordinated = new HashMap<>();
        entityManager.createQuery("""
                select p.subject, count(a) from Agreement a join a.coordinators p
                where p.subject in :subjects group by p.subject""", Object[].class)
                .setParameter("subjects", subjects)
                .getResultList()
                .forEach(row -> coordinated.put((String) row[0], ((Number) row[1]).longValue()));
        return accounts.stream()
                .map(account -> new PersonRow(account, organisations.getOrDefault(account.getId(), List.of()),
                        coordinated.getOrDefault(account.getId(), 0L), lastLogins.get(account.getId())))
                .toList();
    }

    public int count(@NotNull Viewer viewer, String words) {
        requireAdmin(viewer);
        return keycloak.count(words);
    }

    /** The person page's data but the roles ({@link #roles}), in one call to Keycloak; empty when it has no such account. */
    public Optional<PersonDetails> find(@NotNull Viewer viewer, @NotBlank String accountId) {
        requireAdmin(viewer);
        Optional<Account> known = keycloak.find(accountId);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        Account account = known.get();
        Optional<Person> person = person(accountId);
        List<String> organisations = person.map(found -> entityManager.createQuery("""
                select o.name from Membership m join m.organisation o
                where m.person = :person and m.status = :approved order by o.name""", String.class)
                .setParameter("person", found)
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList()).orElse(List.of());
        List<Agreement> agreements = person.map(found -> entityManager.createQuery("""
                select a from Agreement a join a.coordinators p where p = :person order by a.title""", Agreement.class)
                .setParameter("person", found)
                .getResultList()).orElse(List.of());
        return Optional.of(new PersonDetails(account, person.orElse(null), organisations, agreements));
    }

    /** The account's realm roles, held directly or through a composite: two calls to Keycloak, asked apart. */
    public RoleHoldings roles(@NotNull Viewer viewer, @NotBlank String accountId) {
        requireAdmin(viewer);
        return new RoleHoldings(keycloak.effectiveRealmRoles(accountId), keycloak.directRealmRoles(accountId));
    }

    public void grant(@NotNull Viewer viewer, @NotBlank String accountId, @NotBlank String role) {
        requireAdmin(viewer);
        requireKnownRole(role);
        if (keycloak.effectiveRealmRoles(accountId).contains(role)) {
            throw new BusinessException("admin.role.alreadyHeld");
        }
        auditLog.record(viewer, AuditAction.ROLE_GRANTED, "account", accountId, role);
        rolesChanged(accountId);
        keycloak.grant(accountId, role);
    }

    /** Revoking {@code admin} also ends the person's Keycloak sessions; nobody removes the last admin. */
    public void revoke(@NotNull Viewer viewer, @NotBlank String accountId, @NotBlank String role) {
        requireAdmin(viewer);
        requireKnownRole(role);
        if (!keycloak.directRealmRoles(accountId).contains(role)) {
            throw new BusinessException(keycloak.effectiveRealmRoles(accountId).contains(role)
                    ? "admin.role.inherited" : "admin.role.notHeld");
        }
        if (Role.ADMIN.equals(role)) {
            requireAnotherAdmin(accountId);
        }
        auditLog.record(viewer, AuditAction.ROLE_REVOKED, "account", accountId, role);
        rolesChanged(accountId);
        if (Role.ADMIN.equals(role)) {
            // Sessions first: should the revocation then fail, a logged-out person merely logs in again.
            keycloak.logOut(accountId);
        }
        keycloak.revoke(accountId, role);
    }

    /**
     * Creates the account and asks Keycloak to e-mail the person a link to set their password. An e-mail that
     * could not be sent (no SMTP server in Keycloak) does not undo the account: the result says so.
     */
    public Invitation invite(@NotNull Viewer viewer, @NotBlank @Email @Size(max = Person.EMAIL_LENGTH) String email,
            @Size(max = Person.NAME_LENGTH) String firstName, @Size(max = Person.NAME_LENGTH) String lastName) {
        requireAdmin(viewer);
        String address = email.strip();
        String accountId = keycloak.create(address, blankToNull(firstName), blankToNull(lastName))
                .orElseThrow(() -> BusinessException.onField("email", "admin.invite.exists"));
        boolean sent = keycloak.sendPasswordEmail(accountId);
        String name = ((firstName == null ? "" : firstName.strip()) + " " + (lastName == null ? "" : lastName.strip())).strip();
        auditLog.record(viewer, AuditAction.ACCOUNT_INVITED, AuditLog.ACCOUNT, accountId, name.isEmpty() ? address : name,
                address + (sent ? "" : " (e-mail not sent)"));
        return new Invitation(accountId, sent);
    }

    /** Disables the account and ends its sessions; nobody disables themselves or the last admin. */
    public void disable(@NotNull Viewer viewer, @NotBlank String accountId) {
        requireAdmin(viewer);
        if (person(accountId).filter(person -> person.getId().equals(viewer.personId())).isPresent()) {
            throw new BusinessException("admin.disable.self");
        }
        if (keycloak.effectiveRealmRoles(accountId).contains(Role.ADMIN)) {
            requireAnotherAdmin(accountId);
        }
        auditLog.record(viewer, AuditAction.ACCOUNT_DISABLED, "account", accountId, null);
        rolesChanged(accountId);
        keycloak.setEnabled(accountId, false);
        keycloak.logOut(accountId);
    }

    public void enable(@NotNull Viewer viewer, @NotBlank String accountId) {
        requireAdmin(viewer);
        auditLog.record(viewer, AuditAction.ACCOUNT_ENABLED, "account", accountId, null);
        keycloak.setEnabled(accountId, true);
    }

    /** Ends the person's Keycloak sessions now and their portal sessions at their next request. */
    public void endSessions(@NotNull Viewer viewer, @NotBlank String accountId) {
        requireAdmin(viewer);
        auditLog.record(viewer, AuditAction.SESSIONS_ENDED, "account", accountId, null);
        rolesChanged(accountId);
        keycloak.logOut(accountId);
    }

    /** Sessions begun before now end at their next request. Written and flushed before Keycloak is called. */
    private void rolesChanged(String accountId) {
        entityManager.createQuery("update Person p set p.rolesChangedAt = :now where p.subject = :subject")
                .setParameter("now", Instant.now())
                .setParameter("subject", accountId)
                .executeUpdate();
        entityManager.flush();
    }

    private void requireAnotherAdmin(String accountId) {
        Set<String> admins = keycloak.enabledHoldersOf(Role.ADMIN);
        if (isLastAdmin(admins, accountId)) {
            throw new BusinessException("admin.lastAdmin");
        }
    }

    /** Whether removing the account would leave no enabled admin. */
    static boolean isLastAdmin(Collection<String> enabledAdmins, String accountId) {
        return enabledAdmins.stream().noneMatch(admin -> !admin.equals(accountId));
    }

    private Optional<Person> person(String accountId) {
        return entityManager.createQuery("select p from Person p where p.subject = :subject", Person.class)
                .setParameter("subject", accountId)
                .getResultStream()
                .findFirst();
    }

    private static void requireKnownRole(String role) {
        if (!RoleHoldings.ROLES.contains(role)) {
            throw new BusinessException("admin.role.unknown");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Administration");
        }
    }
}
