package org.clusterportal.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;

class ViewIdTest {

    @Test
    void theFirstIdIsTheViewsAndStays() {
        assertThat(ViewId.keep(null, 5L, IllegalStateException::new)).isEqualTo(5L);
        assertThat(ViewId.keep(5L, 5L, IllegalStateException::new)).isEqualTo(5L);
        assertThat(ViewId.keep(5L, null, IllegalStateException::new)).isEqualTo(5L);
    }

    @Test
    void anotherIdPostedLaterIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> ViewId.keep(5L, 6L, IllegalStateException::new));
    }

    @Test
    void aPageOpenedWithoutAnIdRefusesOnePostedLater() {
        assertThat(ViewId.keep(false, null, 5L, IllegalStateException::new)).isEqualTo(5L);
        assertThat((Long) ViewId.keep(true, null, null, IllegalStateException::new)).isNull();
        assertThat(ViewId.keep(true, "a", "a", IllegalStateException::new)).isEqualTo("a");
        assertThatIllegalStateException().isThrownBy(() -> ViewId.keep(true, null, 5L, IllegalStateException::new));
        assertThatIllegalStateException().isThrownBy(() -> ViewId.keep(true, "a", "b", IllegalStateException::new));
    }
}
