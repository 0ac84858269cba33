package org.clusterportal.testing;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Test accounts in the development Keycloak, through its admin REST API with the portal's service-account
 * client of realm-config/. Each test makes its own accounts with unique names.
 */
public final class KeycloakAdmin {

    private static final String ADMIN = KeycloakExtension.URL + "/admin/realms/cluster-portal";
    private static final String CLIENT_ID = "cluster-portal-admin";
    private static final String CLIENT_SECRET = "dev-admin-secret-only-for-local-runs";

    private final HttpClient http = HttpClient.newHttpClient();

    /** A new account with a unique username ({@code prefix-<random>}), enabled, with a permanent password. */
    public TestAccount createAccount(String prefix, String firstName, String lastName) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Test-Password-" + UUID.randomUUID().toString().substring(0, 8) + "1A";
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("email", username + "@test.example.org")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build();
        HttpResponse<String> created = send(request("/users").POST(HttpRequest.BodyPublishers.ofString(user.toString())));
        String location = created.headers().firstValue("Location").orElseThrow();
        return new TestAccount(location.substring(location.lastIndexOf('/') + 1), username, password);
    }

    public void rename(TestAccount account, String firstName, String lastName) {
        JsonObject user = Json.createObjectBuilder().add("firstName", firstName).add("lastName", lastName).build();
        send(request("/users/" + account.id()).PUT(HttpRequest.BodyPublishers.ofString(user.toString())));
    }

    public void delete(TestAccount account) {
        send(request("/users/" + account.id()).DELETE());
    }

    public JsonArray realmRolesOf(TestAccount account) {
        HttpResponse<String> response = send(request("/users/" + account.id() + "/role-mappings/realm").GET());
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    public JsonObject user(String id) {
        HttpResponse<String> response = send(request("/users/" + id).GET());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The ids of the accounts that hold the realm role directly. */
    public List<String> usersWithRealmRole(String role) {
        HttpResponse<String> response = send(request("/roles/" + role + "/users?first=0&max=1000").GET());
        return Json.createReader(new StringReader(response.body())).readArray().getValuesAs(JsonObject.class).stream()
                .map(user -> user.getString("id"))
                .toList();
    }

    public void removeRealmRole(String userId, String role) {
        JsonObject representation = Json.createReader(new StringReader(send(request("/roles/" + role).GET()).body()))
                .readObject();
        send(request("/users/" + userId + "/role-mappings/realm").method("DELETE",
                HttpRequest.BodyPublishers.ofString(Json.createArrayBuilder().add(representation).build().toString())));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(ADMIN + path))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json");
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret="
                + URLEncoder.encode(CLIENT_SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest
                .newBuilder(URI.create(KeycloakExtension.REALM_URL + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return Json.createReader(new StringReader(response.body())).readObject().getString("access_token");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Keycloak account made by a test. */
    public record TestAccount(String id, String username, String password) {
    }
}
