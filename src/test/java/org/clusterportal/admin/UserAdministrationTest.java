package org.clusterportal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The last-admin rule, without a container. */
class UserAdministrationTest {

    @Test
    void theLastEnabledAdminIsTheOneWithoutAnother() {
        assertThat(UserAdministration.isLastAdmin(Set.of("a"), "a")).isTrue();
        assertThat(UserAdministration.isLastAdmin(List.of(), "a")).isTrue();
        assertThat(UserAdministration.isLastAdmin(Set.of("a", "b"), "a")).isFalse();
        assertThat(UserAdministration.isLastAdmin(Set.of("b"), "a")).isFalse();
    }
}
