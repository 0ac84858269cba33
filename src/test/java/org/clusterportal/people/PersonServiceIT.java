package org.clusterportal.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.clusterportal.testing.Deployments;
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

        assertThat(personService.organisationNames(member.getId())).containsExactly("Jastrzębie Innovation Labs sp. z o.o.");
    }
}
