package org.clusterportal.admin;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.PortalSettings;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The realm's accounts and realm roles through Keycloak's admin API, as the service-account client
 * {@code cluster-portal-admin} (realm-config/). Keycloak stays the one source of truth: nothing here is cached.
 * When Keycloak does not answer or refuses, every method throws a {@link BusinessException} that the pages show
 * and that rolls back the caller's transaction.
 */
@ApplicationScoped
public class KeycloakAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    /** A page must not hang on a Keycloak that does not answer. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    private static final int READ_TIMEOUT_SECONDS = 20;
    private static final int MAX_ADMINS = 1000;

    private Keycloak keycloak;
    private String realm;

    /** For CDI: the connection is made from {@link PortalSettings}. */
    protected KeycloakAccounts() {
    }

    /** A client of the realm at {@code realmUrl} ({@code http://host/realms/name}), e.g. for a test. */
    public KeycloakAccounts(String realmUrl, String clientId, String clientSecret) {
        connect(realmUrl, clientId, clientSecret);
    }

    @PostConstruct
    void connect() {
        connect(PortalSettings.OIDC_PROVIDER_URL.get(), PortalSettings.ADMIN_CLIENT_ID.get(),
                PortalSettings.ADMIN_CLIENT_SECRET.get());
    }

    private void connect(String realmUrl, String clientId, String clientSecret) {
        String path = URI.create(realmUrl).getPath();
        int realms = path.lastIndexOf("/realms/");
        if (realms < 0) {
            throw new IllegalStateException("Not a Keycloak realm URL: " + realmUrl);
        }
        realm = path.substring(realms + "/realms/".length()).replaceAll("/+$", "");
        String serverUrl = realmUrl.substring(0, realmUrl.lastIndexOf("/realms/"));
        keycloak = KeycloakBuilder.builder()
                .serverUrl(serverUrl)
                .realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(clientId)
                .clientSecret(clientSecret)
                // As the admin client builds its own (a pool, Keycloak's Jackson mapping), with timeouts.
                .resteasyClient(ResteasyClientClassicProvider.createClientBuilder()
                        .connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .register(JacksonProvider.class, 100)
                        .build())
                .build();
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** Accounts whose username, name or e-mail contain the words (all when blank), by username. */
    public List<Account> search(String words, int first, int max) {
        return call(() -> realm().users().search(blankToNull(words), first, max, true).stream()
                .map(Account::of)
                .toList());
    }

    public int count(String words) {
        return call(() -> blankToNull(words) == null ? realm().users().count() : realm().users().count(words.strip()));
    }

    public Optional<Account> find(String id) {
        return call(() -> {
            try {
                return Optional.of(Account.of(user(id).toRepresentation()));
            }
            catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** The realm roles the account has, directly or through a composite (the realm's default roles, a group). */
    public Set<String> effectiveRealmRoles(String id) {
        return call(() -> names(user(id).roles().realmLevel().listEffective()));
    }

    /** The realm roles mapped to the account itself. */
    public Set<String> directRealmRoles(String id) {
        return call(() -> names(user(id).roles().realmLevel().listAll()));
    }

    public void grant(String id, String role) {
        call(() -> {
            user(id).roles().realmLevel().add(List.of(realm().roles().get(role).toRepresentation()));
            return null;
        });
    }

    public void revoke(String id, String role) {
        call(() -> {
            user(id).roles().realmLevel().remove(List.of(realm().roles().get(role).toRepresentation()));
            return null;
        });
    }

    /** The ids of the enabled accounts that hold the role directly. */
    public Set<String> enabledHoldersOf(String role) {
        return call(() -> realm().roles().get(role).getUserMembers(true, 0, MAX_ADMINS).stream()
                .filter(user -> !Boolean.FALSE.equals(user.isEnabled()))
                .map(UserRepresentation::getId)
                .collect(Collectors.toSet()));
    }

    /**
     * Creates an enabled account named by its e-mail, without a password; empty when that username or e-mail
     * is taken.
     */
    public Optional<String> create(String email, String firstName, String lastName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(email);
        user.setEmail(email);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEnabled(true);
        return call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    return Optional.empty();
                }
                return Optional.of(CreatedResponseUtil.getCreatedId(response));
            }
        });
    }

    /**
     * Asks Keycloak to e-mail the person a link to set their password. False when Keycloak could not send it
     * (typically: no SMTP server configured for the realm); the account stays as it is.
     */
    public boolean sendPasswordEmail(String id) {
        return call(() -> {
            try {
                user(id).executeActionsEmail(List.of("UPDATE_PASSWORD"));
                return true;
            }
            catch (WebApplicationException e) {
                LOG.log(Level.WARNING, "Keycloak did not send the e-mail to account {0}: HTTP {1}",
                        new Object[] { id, e.getResponse().getStatus() });
                return false;
            }
        });
    }

    public void setEnabled(String id, boolean enabled) {
        call(() -> {
            UserResource user = user(id);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
            return null;
        });
    }

    /** Ends every Keycloak session of the account, so no silent login is left. */
    public void logOut(String id) {
        call(() -> {
            user(id).logout();
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private UserResource user(String id) {
        return realm().users().get(id);
    }

    private static Set<String> names(List<RoleRepresentation> roles) {
        return roles.stream().map(RoleRepresentation::getName).collect(Collectors.toSet());
    }

    private static String blankToNull(String words) {
        return words == null || words.isBlank() ? null : words.strip();
    }

    /** Keycloak's silence or refusal, as the message the pages show; the caller's transaction rolls back. */
    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        }
        catch (ProcessingException e) {
            LOG.log(Level.WARNING, "Keycloak's admin API does not answer", e);
            throw new BusinessException("admin.keycloak.unavailable");
        }
        catch (NotFoundException e) {
            throw new BusinessException("admin.account.unknown");
        }
        catch (WebApplicationException e) {
            LOG.log(Level.WARNING, "Keycloak's admin API refused a request", e);
            throw new BusinessException("admin.keycloak.refused", e.getResponse().getStatus());
        }
    }
}
