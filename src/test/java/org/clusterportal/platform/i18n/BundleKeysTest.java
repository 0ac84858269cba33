package org.clusterportal.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.clusterportal.agreements.AgreementDocumentKind;
import org.clusterportal.agreements.AgreementStatus;
import org.clusterportal.agreements.CooperationArea;
import org.clusterportal.agreements.Reach;
import org.clusterportal.events.EventStatus;
import org.clusterportal.events.EventType;
import org.clusterportal.events.QuestionKind;
import org.clusterportal.events.RegistrationState;
import org.clusterportal.notifications.Delivery;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.OutboxMessage;
import org.clusterportal.offers.CoProviderAnswer;
import org.clusterportal.offers.Cooperation;
import org.clusterportal.offers.InterestState;
import org.clusterportal.offers.OfferCategory;
import org.clusterportal.offers.OfferKind;
import org.clusterportal.offers.OfferOrder;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.organisations.SizeClass;
import org.clusterportal.people.ContactVisibility;
import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.proposals.PartnerRole;
import org.clusterportal.proposals.PartnerState;
import org.clusterportal.proposals.ProfileState;
import org.clusterportal.proposals.ProposalStatus;
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
    /** A key a page builds from a prefix and a value: {@code i18n['audit.action.' += entry.action]}. */
    private static final Pattern PAGE_PREFIX = Pattern.compile("i18n\\['([A-Za-z0-9_.]+\\.)'\\s*\\+=");

    /** The enum whose constants each prefix a page translates is followed by. */
    private static final Map<String, Class<? extends Enum<?>>> TRANSLATED_ENUMS = Map.ofEntries(
            Map.entry("agreement.area.", CooperationArea.class),
            Map.entry("agreement.status.", AgreementStatus.class),
            Map.entry("agreementDocument.kind.", AgreementDocumentKind.class),
            Map.entry("audit.action.", AuditAction.class),
            Map.entry("event.question.kind.", QuestionKind.class),
            Map.entry("event.reach.", Reach.class),
            Map.entry("event.status.", EventStatus.class),
            Map.entry("event.type.", EventType.class),
            Map.entry("interest.cooperation.", Cooperation.class),
            Map.entry("interest.state.", InterestState.class),
            Map.entry("membership.status.", MembershipStatus.class),
            Map.entry("notice.kind.", NoticeKind.class),
            Map.entry("notifications.delivery.", Delivery.class),
            Map.entry("offer.category.", OfferCategory.class),
            Map.entry("offer.coProvider.", CoProviderAnswer.class),
            Map.entry("offer.kind.", OfferKind.class),
            Map.entry("offer.reach.", Reach.class),
            Map.entry("offer.status.", OfferStatus.class),
            Map.entry("offers.order.", OfferOrder.class),
            Map.entry("organisation.kind.", OrganisationKind.class),
            Map.entry("outbox.status.", OutboxMessage.OutboxStatus.class),
            Map.entry("organisation.size.", SizeClass.class),
            Map.entry("profile.contactVisibility.", ContactVisibility.class),
            Map.entry("proposal.partner.state.", PartnerState.class),
            Map.entry("proposal.profile.state.", ProfileState.class),
            Map.entry("proposal.reach.", Reach.class),
            Map.entry("proposal.role.", PartnerRole.class),
            Map.entry("proposal.status.", ProposalStatus.class),
            Map.entry("registration.state.", RegistrationState.class));

    /** Prefixes followed by something other than an enum: language codes and role names, checked where they are listed. */
    private static final Set<String> NOT_ENUMS = Set.of("event.language.", "role.");

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
    void everyPrefixAPageTranslatesIsFollowedByAKnownEnum() throws IOException {
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(BASE.resolve("src/main/webapp"))) {
            for (Path page : files.filter(file -> file.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = PAGE_PREFIX.matcher(Files.readString(page));
                while (matcher.find()) {
                    prefixes.add(matcher.group(1));
                }
            }
        }
        assertThat(prefixes).contains("audit.action.");
        prefixes.removeAll(NOT_ENUMS);
        assertThat(TRANSLATED_ENUMS.keySet()).as("a page translates values after these prefixes: name their enums here")
                .containsAll(prefixes);
    }

    @ParameterizedTest
    @ValueSource(strings = { "en", "pl" })
    void everyConstantOfATranslatedEnumHasItsText(String language) throws IOException {
        Set<String> known = keys("messages", language);
        Set<String> missing = new TreeSet<>();
        TRANSLATED_ENUMS.forEach((prefix, type) -> Arrays.stream(type.getEnumConstants())
                .map(constant -> prefix + constant.name())
                .filter(key -> !known.contains(key))
                .forEach(missing::add));
        assertThat(missing).as("keys missing in messages_" + language).isEmpty();
    }

    @Test
    void everyOrganisationKindHasAName() throws IOException {
        Set<String> kinds = Arrays.stream(OrganisationKind.values())
                .map(kind -> "organisation.kind." + kind.name())
                .collect(Collectors.toSet());
        assertThat(keys("messages", "en")).containsAll(kinds);
        assertThat(keys("messages", "pl")).containsAll(kinds);
    }

    /**
     * The portal formats its texts with MessageFormat (messages after an action, h:outputFormat, e-mails), which
     * takes a straight apostrophe for a quote and drops it: "the organisation's administrators" read "the
     * organisations administrators". Texts use the typographic one (’).
     */
    @ParameterizedTest
    @ValueSource(strings = { "pl", "en" })
    void noTextHasAStraightApostrophe(String language) throws IOException {
        Properties texts = texts("messages", language);
        assertThat(texts.stringPropertyNames()).filteredOn(key -> texts.getProperty(key).contains("'")).isEmpty();
    }

    private static Set<String> keys(String bundle, String language) throws IOException {
        return new TreeSet<>(texts(bundle, language).stringPropertyNames());
    }

    private static Properties texts(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle + "_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
