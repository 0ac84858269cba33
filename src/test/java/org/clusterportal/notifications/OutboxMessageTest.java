package org.clusterportal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    @Test
    void retriesBackOffExponentiallyUpToSixHours() {
        assertThat(OutboxMessage.backOff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxMessage.backOff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxMessage.backOff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxMessage.backOff(11)).isEqualTo(Duration.ofHours(6));
        assertThat(OutboxMessage.backOff(60)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void frequentKindsStartInTheDailyDigestTheRestAtOnce() {
        assertThat(Delivery.defaultFor(NoticeKind.COMMENT_ADDED)).isEqualTo(Delivery.DAILY_DIGEST);
        assertThat(Delivery.defaultFor(NoticeKind.MEMBERSHIP_REQUESTED)).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(Delivery.defaultFor(NoticeKind.REGISTRATION_PROMOTED)).isEqualTo(Delivery.IMMEDIATELY);
    }
}
