package org.clusterportal.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationKind;
import org.clusterportal.platform.BusinessException;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final LocalDate JUNE_2015 = LocalDate.of(2015, 6, 17);

    private final Organisation okip = new Organisation("OKIP", OrganisationKind.CLUSTER, "PL", "Warszawa");
    private final Organisation jki = new Organisation("Jastrzębski Klaster Innowacji", OrganisationKind.CLUSTER, "PL", "Jastrzębie-Zdrój");

    @Test
    void theStatusFollowsTheStageAndTheDates() {
        Agreement agreement = signedAgreement(JUNE_2015, LocalDate.of(2018, 6, 16));

        assertThat(agreement.statusOn(LocalDate.of(2016, 1, 1))).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.statusOn(LocalDate.of(2018, 6, 16))).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.statusOn(LocalDate.of(2018, 6, 17))).isEqualTo(AgreementStatus.EXPIRED);

        agreement.terminate();
        assertThat(agreement.statusOn(LocalDate.of(2016, 1, 1))).isEqualTo(AgreementStatus.TERMINATED);
    }

    @Test
    void anAgreementWithoutAnEndNeverExpires() {
        assertThat(signedAgreement(JUNE_2015, null).statusOn(LocalDate.of(2099, 1, 1))).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(new Agreement("Draft").statusOn(JUNE_2015)).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void validityCannotEndBeforeItStarts() {
        Agreement agreement = new Agreement("Draft");

        assertThatThrownBy(() -> agreement.describe("Draft", null, JUNE_2015, null, JUNE_2015, JUNE_2015.minusDays(1),
                Set.of(), false))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.getField()).contains("validTo");
                    assertThat(refusal.getMessageKey()).isEqualTo("agreement.validTo.beforeValidFrom");
                });
    }

    @Test
    void signingNeedsADateAndTwoSignatories() {
        Agreement agreement = new Agreement("Draft");
        agreement.describe("Draft", null, JUNE_2015, null, null, null, Set.of(), false);
        agreement.addSignatory(okip, JUNE_2015);

        assertThatThrownBy(agreement::sign).hasMessage("agreement.sign.tooFewSignatories");
        agreement.addSignatory(jki, JUNE_2015);
        agreement.sign();
        assertThat(agreement.getStage()).isEqualTo(AgreementStage.SIGNED);
    }

    @Test
    void theFirstSignatoryCoordinatesAndCannotLeaveWhileOthersRemain() {
        Agreement agreement = new Agreement("Draft");
        agreement.addSignatory(okip, JUNE_2015);
        agreement.addSignatory(jki, JUNE_2015);

        assertThat(agreement.findCoordinatingSignatory()).get().extracting(Signatory::getOrganisation).isEqualTo(okip);
        assertThatThrownBy(() -> agreement.addSignatory(okip, JUNE_2015)).hasMessage("agreement.signatory.duplicate");
        assertThatThrownBy(() -> agreement.removeSignatory(okip)).hasMessage("agreement.signatory.coordinating");

        agreement.makeCoordinating(jki);
        agreement.removeSignatory(okip);
        assertThat(agreement.getSignatories()).extracting(Signatory::getOrganisation).containsExactly(jki);
    }

    private Agreement signedAgreement(LocalDate from, LocalDate to) {
        Agreement agreement = new Agreement("OKIP");
        agreement.describe("OKIP", null, from, "Jastrzębie-Zdrój", from, to, Set.of(CooperationArea.COMMUNICATION), false);
        agreement.addSignatory(okip, from);
        agreement.addSignatory(jki, from);
        agreement.sign();
        return agreement;
    }
}
