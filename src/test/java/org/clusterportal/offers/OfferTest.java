package org.clusterportal.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.clusterportal.agreements.Reach;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.people.AccountClaims;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** The rules an offer and an expression of interest keep themselves, whoever calls them. */
class OfferTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final Organisation owner = new Organisation("Owner", OrganisationKind.COMPANY, "PL", "Gliwice");
    private final Person contact = Person.firstLogin(new AccountClaims("sub", "jan", "Jan", "Nowak", null, null), NOW);

    private Offer offer(String description) {
        Offer offer = new Offer(owner, contact);
        offer.describe(OfferKind.OFFER, OfferCategory.SERVICE, "Title", "Summary", description, null, Reach.PUBLIC,
                Set.of(), TODAY.plusMonths(6), TODAY);
        return offer;
    }

    @Test
    void scriptsAndEventHandlersNeverReachTheStoredDescription() {
        Offer offer = offer("<p>Laser <b>cladding</b><script>alert(1)</script></p><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">x</a><a href=\"https://example.org\" onclick=\"alert(4)\">site</a>");

        assertThat(offer.getDescription()).contains("<b>cladding</b>", "href=\"https://example.org\"")
                .doesNotContain("<script", "alert", "onerror", "onclick", "javascript:", "<img");
        assertThat(offer.getDescriptionText()).isEqualTo("Laser cladding x site");
    }

    @Test
    void aDescriptionOfOnlyMarkupIsNone() {
        assertThat(offer("<p><br></p>").getDescription()).isNull();
        assertThat(offer("<script>alert(1)</script>").getDescriptionText()).isNull();
    }

    @Test
    void aDraftIsPublishedAtOnceOrWaitsForReview() {
        Offer direct = offer(null);
        direct.publish(TODAY, false, NOW);
        assertThat(direct.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(direct.getPublishedAt()).isEqualTo(NOW);

        Offer reviewed = offer(null);
        reviewed.publish(TODAY, true, NOW);
        assertThat(reviewed.getStatus()).isEqualTo(OfferStatus.IN_REVIEW);
        assertThat(reviewed.getPublishedAt()).isNull();
        reviewed.publish(TODAY, false, NOW);
        assertThat(reviewed.getStatus()).as("publishing again does not skip the review").isEqualTo(OfferStatus.IN_REVIEW);
    }

    @Test
    void onlyAnOfferInReviewIsApprovedOrReturnedAndAReturnSaysWhy() {
        Offer offer = offer(null);
        assertThatThrownBy(() -> offer.approve(TODAY, NOW)).hasMessage("offer.notInReview");
        assertThatThrownBy(() -> offer.returnToDraft("Why")).hasMessage("offer.notInReview");

        offer.publish(TODAY, true, NOW);
        assertThatThrownBy(() -> offer.returnToDraft("  ")).isInstanceOf(BusinessException.class).hasMessage("offer.comment.required");
        offer.returnToDraft("Name the price range");
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.DRAFT);
        assertThat(offer.getReviewComment()).isEqualTo("Name the price range");

        offer.publish(TODAY, true, NOW);
        offer.approve(TODAY, NOW);
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
        assertThat(offer.getReviewComment()).isNull();
        assertThatThrownBy(() -> offer.approve(TODAY, NOW)).hasMessage("offer.notInReview");
    }

    @Test
    void withdrawingNeedsAPublishedOrReviewedOfferAndItCanBePublishedAgain() {
        Offer offer = offer(null);
        assertThatThrownBy(offer::withdraw).hasMessage("offer.notPublished");
        offer.publish(TODAY, true, NOW);
        offer.withdraw();
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.WITHDRAWN);
        offer.publish(TODAY, false, NOW);
        assertThat(offer.getStatus()).isEqualTo(OfferStatus.PUBLISHED);
    }

    @Test
    void aPublishedOfferPastItsDateIsExpiredAndRenewalAddsSixMonthsUpToTwentyFour() {
        Offer offer = offer(null);
        assertThatThrownBy(() -> offer.renew(TODAY)).hasMessage("offer.notPublished");
        offer.publish(TODAY, false, NOW);
        LocalDate later = TODAY.plusMonths(7);
        assertThat(offer.statusOn(later)).isEqualTo(OfferStatus.EXPIRED);

        offer.renew(later);
        assertThat(offer.getValidUntil()).as("from the day of renewal when already past").isEqualTo(later.plusMonths(6));
        assertThat(offer.statusOn(later)).isEqualTo(OfferStatus.PUBLISHED);
        for (int i = 0; i < 2; i++) {
            assertThat(offer.renew(later).outcome()).isEqualTo(Renewal.Outcome.EXTENDED);
        }
        assertThat(offer.getValidUntil()).isEqualTo(later.plusMonths(18));
        assertThat(offer.renew(later).outcome()).isEqualTo(Renewal.Outcome.EXTENDED);
        assertThat(offer.renew(later)).as("at the limit nothing changes, and it says so")
                .isEqualTo(new Renewal(Renewal.Outcome.AT_LIMIT, later.plusMonths(24)));
        assertThat(offer.getValidUntil()).isEqualTo(later.plusMonths(24));
        LocalDate monthLater = later.plusMonths(1);
        assertThat(offer.renew(monthLater)).as("less than six months to the limit: up to it, and it says so")
                .isEqualTo(new Renewal(Renewal.Outcome.CAPPED, monthLater.plusMonths(24)));
    }

    @Test
    void theExpiryReminderComesOnceAWeekAheadForEachDate() {
        Offer offer = offer(null);
        offer.publish(TODAY, false, NOW);
        LocalDate until = offer.getValidUntil();
        assertThat(offer.remindOfExpiry(until.minusDays(8), 7)).isFalse();
        assertThat(offer.remindOfExpiry(until.minusDays(7), 7)).isTrue();
        assertThat(offer.remindOfExpiry(until.minusDays(6), 7)).isFalse();
        offer.renew(until.minusDays(6));
        assertThat(offer.remindOfExpiry(offer.getValidUntil().minusDays(3), 7)).isTrue();
    }

    @Test
    void anInterestMovesForwardOrIsDeclinedAndFinalStatesStay() {
        ExpressionOfInterest interest = new ExpressionOfInterest(offer(null), contact, null, Cooperation.LICENCE, "Hello");
        assertThat(interest.getState()).isEqualTo(InterestState.NEW);
        interest.moveTo(InterestState.MEETING_ARRANGED, "Meeting on Monday", TODAY);
        assertThat(interest.getOutcomeSince()).isEqualTo(TODAY);
        assertThatThrownBy(() -> interest.moveTo(InterestState.ANSWERED, null, TODAY)).hasMessage("interest.state.notAllowed");
        interest.moveTo(InterestState.AGREEMENT_REACHED, null, TODAY);
        assertThat(interest.getNotes()).isEqualTo("Meeting on Monday");
        assertThatThrownBy(() -> interest.moveTo(InterestState.DECLINED, null, TODAY)).hasMessage("interest.state.notAllowed");

        ExpressionOfInterest declined = new ExpressionOfInterest(offer(null), contact, null, Cooperation.OTHER, "Hi");
        declined.moveTo(InterestState.DECLINED, "Not our field", TODAY);
        assertThatThrownBy(() -> declined.moveTo(InterestState.ANSWERED, null, TODAY)).hasMessage("interest.state.notAllowed");
    }

    @Test
    void theOutcomeIsFollowedUpThreeAndSixMonthsLaterOnlyOnceEach() {
        ExpressionOfInterest interest = new ExpressionOfInterest(offer(null), contact, null, Cooperation.LICENCE, "Hello");
        assertThat(interest.followUpDue(TODAY.plusYears(1))).as("no outcome yet").isFalse();
        interest.moveTo(InterestState.AGREEMENT_REACHED, null, TODAY);

        assertThat(interest.followUpDue(TODAY.plusMonths(3).minusDays(1))).isFalse();
        assertThat(interest.followUpDue(TODAY.plusMonths(3))).isTrue();
        assertThat(interest.followUpDue(TODAY.plusMonths(3).plusDays(1))).isFalse();
        assertThat(interest.followUpDue(TODAY.plusMonths(6))).isTrue();
        assertThat(interest.followUpDue(TODAY.plusMonths(12))).isFalse();
        assertThat(interest.getFollowUps()).isEqualTo(2);
        assertThat(interest.getFollowedUpOn()).isEqualTo(TODAY.plusMonths(6));
    }
}
