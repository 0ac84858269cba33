package org.clusterportal.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clusterportal.organisations.OrganisationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text a page or a bean asks for exists in Polish and in English: a missing key would show as
 * "???key???" to somebody, in one language only.
 */
class BundleKeysTest {

    private static final Path BASE = Path.of(System.getProperty("portal.basedir", "."));
    private static final Path BUNDLES = BASE.resolve("src/main/resources/org/clusterportal/i18n");
    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:[a-z][A-Za-z0-9]*\\.)+[A-Za-z0-9_]+)\"");

    @ParameterizedTest
    @ValueSource(strings = { "messages", "faces" })
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        assertThat(keys(bundle, "pl")).containsExactlyInAnyOrderElementsOf(keys(bundle, "en"));
    }

    @Test
    void everyKeyUsedInAPageExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path pages : new Path[] { BASE.resolve("src/main/webapp"), BASE.resolve("src/test/webapp") }) {
            try (Stream<Path> files = Files.walk(pages)) {
                for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                    Matcher matcher = PAGE_KEY.matcher(Files.readString(page));
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages", "en")).containsAll(used);
        assertThat(keys("messages", "pl")).containsAll(used);
    }

    @Test
    void everyKeyNamedInJavaExistsInBothLanguages() throws IOException {
        Set<String> known = keys("messages", "en");
        Set<String> prefixes = known.stream().map(key -> key.substring(0, key.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BASE.resolve("src/main/java"))) {
            // PortalSettings names system properties ("portal.smtp.user"), which look like keys but are none.
            for (Path source : files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith(Path.of("platform", "PortalSettings.java"))).toList()) {
                Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    String candidate = matcher.group(1);
                    if (prefixes.stream().anyMatch(candidate::startsWith)) {
                        used.add(candidate);
                    }
                }
            }
        }
        assertThat(known).containsAll(used);
        assertThat(keys("messages", "pl")).containsAll(used);
    }

    @Test
    void everyOrganisationKindHasAName() throws IOException {
        Set<String> kinds = Arrays.stream(OrganisationKind.values())
                .map(kind -> "organisation.kind." + kind.name())
                .collect(Collectors.toSet());
        assertThat(keys("messages", "en")).containsAll(kinds);
        assertThat(keys("messages", "pl")).containsAll(kinds);
    }

    private static Set<String> keys(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle + "_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
