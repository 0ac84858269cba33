package org.clusterportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Guards {@code docker/} against drifting from the code: the portal service of {@code docker/compose.yaml} sets
 * only environment variables the portal reads (in {@code configure-server.cli} and {@link PortalSettings}), so a
 * renamed or misspelt one cannot be silently ignored, and sets every one the portal requires; and the
 * Dockerfile deploys the WAR as {@code cluster-portal.war}, the name the OIDC configuration and the tests use.
 */
class ComposeEnvironmentTest {

    private static final Path BASE = Path.of(System.getProperty("portal.basedir", "."));

    /** {@code env.NAME} inside a WildFly expression {@code ${...}}; a ':' right after it starts a default. */
    private static final Pattern CLI_VARIABLE = Pattern.compile("\\$\\{[^}]*?\\benv\\.(\\w+)(:)?");

    @Test
    void composeSetsOnlyVariablesThePortalReads() throws IOException {
        Set<String> unknown = new TreeSet<>(composedVariables());
        unknown.removeAll(variablesThePortalReads().keySet());

        assertThat(unknown)
                .as("variables set for the portal in docker/compose.yaml that the portal does not read")
                .isEmpty();
    }

    @Test
    void composeSetsEveryRequiredVariable() throws IOException {
        Set<String> missing = variablesThePortalReads().entrySet().stream()
                .filter(Map.Entry::getValue)
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        missing.removeAll(composedVariables());

        assertThat(missing)
                .as("variables the portal requires but docker/compose.yaml does not set for it")
                .isEmpty();
    }

    @Test
    void dockerfileDeploysTheWarAsClusterPortalWar() throws IOException {
        List<String> copyDestinations = Files.readAllLines(BASE.resolve("docker/Dockerfile")).stream()
                .map(String::strip)
                .filter(line -> line.regionMatches(true, 0, "COPY ", 0, 5))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .collect(Collectors.toList());

        assertThat(copyDestinations)
                .as("COPY destinations of docker/Dockerfile")
                .anyMatch(destination -> destination.endsWith("/standalone/deployments/cluster-portal.war"));
    }

    /** Variable name to whether the portal requires it (no default anywhere it is read). */
    private static Map<String, Boolean> variablesThePortalReads() throws IOException {
        Map<String, Boolean> variables = new TreeMap<>();
        for (String line : Files.readAllLines(BASE.resolve("src/main/wildfly/configure-server.cli"))) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = CLI_VARIABLE.matcher(line);
            while (matcher.find()) {
                variables.merge(matcher.group(1), matcher.group(2) == null, Boolean::logicalOr);
            }
        }
        for (PortalSettings setting : PortalSettings.values()) {
            variables.merge(setting.variable(), setting.isRequired(), Boolean::logicalOr);
        }
        assertThat(variables).as("variables read by configure-server.cli and PortalSettings").isNotEmpty();
        return variables;
    }

    /** The names in services.portal.environment, in its map form or its list form ("NAME=value" or "NAME"). */
    @SuppressWarnings("unchecked")
    private static Set<String> composedVariables() throws IOException {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(BASE.resolve("docker/compose.yaml"))) {
            compose = new Yaml().load(reader);
        }
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        assertThat(services).as("services of docker/compose.yaml").containsKey("portal");
        Object environment = ((Map<String, Object>) services.get("portal")).get("environment");
        assertThat(environment).as("services.portal.environment of docker/compose.yaml").isNotNull();

        if (environment instanceof Map) {
            return new TreeSet<>(((Map<String, Object>) environment).keySet());
        }
        return ((Collection<Object>) environment).stream()
                .map(entry -> String.valueOf(entry).split("=", 2)[0].strip())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
