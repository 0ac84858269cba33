package org.clusterportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.testing.Deployments;
import org.clusterportal.organisations.MembershipService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins recorded in the database: one person per Keycloak subject, kept up to date. */
@ExtendWith(ArquillianExtension.class)
class PersonServiceIT {

    @Inject
    private PersonService personService;

    @Inject
    private MembershipService membershipService;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithAssertions();
    }

    @Test
    void theFirstLoginCreatesThePersonAndLaterOnesUpdateIt() {
        String subject = UUID.randomUUID().toString();

        Person created = personService.logIn(new AccountClaims(subject, "jan", "Jan", "Kos", "jan@test.example.org", "pl"));
        Person updated = personService.logIn(new AccountClaims(subject, "jan", "Jan", "Kosowski", "jk@test.example.org", "en"));

        assertThat(updated.getId()).isEqualTo(created.getId());
        Person stored = personService.findBySubject(subject).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Jan Kosowski");
        assertThat(stored.getEmail()).isEqualTo("jk@test.example.org");
        // The language came from Keycloak once; after that it is the person's own choice in the portal.
        assertThat(stored.getLanguage()).isEqualTo(Language.PL);
        assertThat(stored.getLastLogin()).isNotNull();
    }

    @Test
    void aChosenLanguageIsKept() {
        Person person = personService.logIn(new AccountClaims(UUID.randomUUID().toString(), "ola", "Ola", "Lis", null, null));
        assertThat(person.getLanguage()).isNull();

        personService.chooseLanguage(person.getId(), Language.EN);

        assertThat(personService.findBySubject(person.getSubject()).orElseThrow().getLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void theDemoMembersOrganisationsAreListed() {
        Person member = personService.findBySubject("6f1c9a52-2b1e-4c1e-9a51-0a1d2c3e4f03").orElseThrow();

        assertThat(membershipService.ofPerson(member.getId())).extracting(membership -> membership.getOrganisation().getName())
                .containsExactly("Jastrzębie Innovation Labs sp. z o.o.");
    }

    @Test
    void aPersonEditsOnlyTheirOwnProfileAndAStaleFormIsRefused() {
        Person person = personService.logIn(new AccountClaims(UUID.randomUUID().toString(), "ewa", "Ewa", "Sowa", null, null));
        Viewer viewer = new Viewer(person.getId(), false);
        ProfileForm form = ProfileForm.of(person);
        form.setJobTitle("  R&D manager ");
        form.setLanguages(new ArrayList<>(List.of("pl", "de")));
        form.setExpertise(new ArrayList<>(List.of("sensors", " Sensors ", "machine learning")));
        form.setContactVisibility(ContactVisibility.COORDINATORS);

        Person saved = personService.editProfile(viewer, form);

        assertThat(saved.getJobTitle()).isEqualTo("R&D manager");
        assertThat(saved.getLanguages()).containsExactly("de", "pl");
        assertThat(saved.getExpertise()).as("a keyword is kept once whatever its case").hasSize(2);
        assertThat(saved.getContactVisibility()).isEqualTo(ContactVisibility.COORDINATORS);

        form.setJobTitle("Overwritten");
        assertThatThrownBy(() -> personService.editProfile(viewer, form)).as("the form showed the version before")
                .isInstanceOf(BusinessException.class).hasMessage("form.changedMeanwhile");

        ProfileForm bad = ProfileForm.of(personService.findBySubject(person.getSubject()).orElseThrow());
        bad.setLanguages(new ArrayList<>(List.of("xx")));
        assertThatThrownBy(() -> personService.editProfile(viewer, bad))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(refusal.getField()).contains("languages"));
        assertThatThrownBy(() -> personService.editProfile(Viewer.VISITOR, bad)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aProfileWithoutKeywordsOrLanguagesIsSaved() {
        Person person = personService.logIn(new AccountClaims(UUID.randomUUID().toString(), "iza", "Iza", "Wrona", null, null));
        ProfileForm form = ProfileForm.of(person);
        form.setJobTitle("Engineer");
        // What the profile page submits when its keyword chips and language boxes are left empty.
        form.setExpertise(null);
        form.setLanguages(null);

        Person saved = personService.editProfile(new Viewer(person.getId(), false), form);

        assertThat(saved.getJobTitle()).isEqualTo("Engineer");
        assertThat(saved.getExpertise()).isEmpty();
        assertThat(saved.getLanguages()).isEmpty();
    }
}
