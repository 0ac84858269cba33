package org.clusterportal.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.clusterportal.platform.BusinessException;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aFirstLoginTakesTheAccountsLanguageWhenThePortalSpeaksIt() {
        assertThat(Person.firstLogin(claims("sub", "Anna", "Nowak", "pl"), NOW).getLanguage()).isEqualTo(Language.PL);
        assertThat(Person.firstLogin(claims("sub", "Anna", "Nowak", "de"), NOW).getLanguage()).isNull();
    }

    @Test
    void aLaterLoginCopiesTheNameButKeepsTheChosenLanguage() {
        Person person = Person.firstLogin(claims("sub", "Anna", "Nowak", "pl"), NOW);
        person.chooseLanguage(Language.EN);

        person.loggedIn(claims("sub", "Anna", "Kowalska", "pl"), NOW.plusSeconds(60));

        assertThat(person.getDisplayName()).isEqualTo("Anna Kowalska");
        assertThat(person.getLanguage()).isEqualTo(Language.EN);
        assertThat(person.getLastLogin()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aTimeZoneIsANamedZoneOrRefusedNextToItsField() {
        Person person = Person.firstLogin(claims("sub", "Anna", "Nowak", null), NOW);
        assertThat(person.zone()).isEmpty();

        person.chooseTimeZone(" America/New_York ");
        assertThat(person.getTimeZone()).isEqualTo("America/New_York");
        assertThat(person.zone()).map(Object::toString).contains("America/New_York");
        for (String notAZone : new String[] { "+02:00", "Mars/Olympus", "" }) {
            assertThatThrownBy(() -> person.chooseTimeZone(notAZone)).isInstanceOf(BusinessException.class)
                    .extracting(refusal -> ((BusinessException) refusal).getField().orElseThrow()).isEqualTo("timeZone");
        }
        assertThat(person.getTimeZone()).isEqualTo("America/New_York");
    }

    @Test
    void claimsOfAnotherAccountAreRefused() {
        Person person = Person.firstLogin(claims("sub", "Anna", "Nowak", null), NOW);

        assertThatThrownBy(() -> person.loggedIn(claims("other", "Anna", "Nowak", null), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutANameThePersonIsShownByUsername() {
        assertThat(Person.firstLogin(claims("sub", null, " ", null), NOW).getDisplayName()).isEqualTo("user");
    }

    private static AccountClaims claims(String subject, String firstName, String lastName, String locale) {
        return new AccountClaims(subject, "user", firstName, lastName, "user@test.example.org", locale);
    }
}
