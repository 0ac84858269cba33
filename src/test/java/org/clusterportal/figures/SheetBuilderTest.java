package org.clusterportal.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The definitions computed in Java from the grouped numbers, on hand-made data. */
class SheetBuilderTest {

    private static final long CLUSTER_A = 1, CLUSTER_B = 2, A1 = 11, A2 = 12, B1 = 21, LONE = 30;
    private final ClusterFamilies families = new ClusterFamilies(Set.of(CLUSTER_A, CLUSTER_B),
            List.of(new long[] { A1, CLUSTER_A }, new long[] { A2, CLUSTER_A }, new long[] { B1, CLUSTER_B }));
    private final SheetBuilder.Organisations known = new SheetBuilder.Organisations(
            Map.of(CLUSTER_A, "A", CLUSTER_B, "B", A1, "a1", A2, "a2", B1, "b1", LONE, "lone"),
            Map.of(A1, "PL", A2, "PL", B1, "CZ", CLUSTER_A, "PL"), Map.of(A1, "A", A2, "A", B1, "B", CLUSTER_A, "A", CLUSTER_B, "B"), families);
    private final Period period = Period.quarter(2026, 1);

    @Test
    void aClusterAndItsMembersAreOneFamilyAndAnOrganisationInNoClusterIsItsOwn() {
        assertThat(families.differentClusters(A1, A2)).isFalse();
        assertThat(families.differentClusters(A1, CLUSTER_A)).isFalse();
        assertThat(families.differentClusters(A1, B1)).isTrue();
        assertThat(families.differentClusters(CLUSTER_A, CLUSTER_B)).isTrue();
        assertThat(families.differentClusters(LONE, A1)).isTrue();
        assertThat(families.differentClusters(LONE, LONE)).isFalse();
    }

    @Test
    void aPairMetBothWaysIsOneLinkWithItsKindsAndWeightsAdded() {
        LinkTally links = new LinkTally(families);
        links.add(LinkKind.INTEREST, A1, B1, 2);
        links.add(LinkKind.EVENT, B1, A1, 3);
        links.add(LinkKind.JOINT_OFFER, A1, A2, 5);
        assertThat(links.entries()).hasSize(1);
        LinkTally.Entry entry = links.entries().get(LinkTally.Pair.of(B1, A1));
        assertThat(entry.kinds()).containsExactlyInAnyOrder(LinkKind.INTEREST, LinkKind.EVENT);
        assertThat(entry.weight()).isEqualTo(5);
    }

    @Test
    void sharesWithNothingToDivideByAreNoneNotZero() {
        FigureSheet sheet = new SheetBuilder(period, false, Set.of()).build(new Tally(), new Tally(), new LinkTally(families),
                new LinkTally(families), known, known);
        assertThat(sheet.figure(FigureKeys.INTERESTS_AGREEMENT_SHARE).orElseThrow().getValue()).isNull();
        assertThat(sheet.figure(FigureKeys.PROPOSALS_SUCCESS).orElseThrow().getValue()).isNull();
        assertThat(sheet.figure(FigureKeys.EVENTS_OUTSIDE_SHARE).orElseThrow().getValue()).isNull();
        assertThat(sheet.figure(FigureKeys.MEMBERS_ACTIVE_SHARE).orElseThrow().getValue()).isNull();
        assertThat(sheet.figure(FigureKeys.OFFERS).orElseThrow().getChange()).isNull();
        assertThat(Shares.of(0, 0)).isNull();
        assertThat(Shares.of(1, 4)).isEqualTo(0.25);
        assertThat(Shares.change(3, 2)).isEqualTo(0.5);
    }

    @Test
    void sharesChangesActiveMembersAndCountriesFollowTheirDefinitions() {
        Tally now = new Tally();
        now.add(FigureKeys.INTERESTS_ALL, 4);
        now.add(FigureKeys.INTERESTS_AGREEMENTS, 1);
        now.add(FigureKeys.PROPOSALS_FUNDED, 1);
        now.add(FigureKeys.PROPOSALS_REJECTED, 3);
        now.add(FigureKeys.OFFERS, 3);
        now.attendance.add(new long[] { A1, A2, 2 });   // same cluster
        now.attendance.add(new long[] { A1, B1, 3 });   // another cluster
        now.actors.addAll(Set.of(A1, B1, LONE));
        now.addMonthly(YearMonth.of(2026, 2), FigureKeys.OFFERS, 3);
        Tally before = new Tally();
        before.add(FigureKeys.OFFERS, 2);
        before.add(FigureKeys.INTERESTS_ALL, 2);
        before.add(FigureKeys.INTERESTS_AGREEMENTS, 1);
        FigureSheet sheet = new SheetBuilder(period, false, Set.of(A1, A2, B1, CLUSTER_A)).build(now, before, new LinkTally(families),
                new LinkTally(families), known, known);
        assertThat(sheet.figure(FigureKeys.INTERESTS_AGREEMENT_SHARE).orElseThrow().getValue()).isEqualTo(0.25);
        assertThat(sheet.figure(FigureKeys.INTERESTS_AGREEMENT_SHARE).orElseThrow().getChange()).isEqualTo(-0.25);
        assertThat(sheet.figure(FigureKeys.PROPOSALS_SUCCESS).orElseThrow().getValue()).isEqualTo(0.25);
        assertThat(sheet.count(FigureKeys.EVENTS_OUTSIDE)).isEqualTo(3);
        assertThat(sheet.figure(FigureKeys.EVENTS_OUTSIDE_SHARE).orElseThrow().getValue()).isEqualTo(0.6);
        assertThat(sheet.figure(FigureKeys.OFFERS).orElseThrow().getChange()).isEqualTo(0.5);
        assertThat(sheet.count(FigureKeys.MEMBERS_ACTIVE)).as("LONE acted but is no member of the scope").isEqualTo(2);
        assertThat(sheet.count(FigureKeys.MEMBERS_ALL)).isEqualTo(4);
        assertThat(sheet.getCountries()).containsExactly("CZ", "PL");
        assertThat(sheet.getMonths()).hasSize(3);
        assertThat(sheet.getMonths().get(1).getCounts().get(0)).isEqualTo(3);
        assertThat(sheet.getAttendance()).extracting(NamedCount::name).containsExactly("b1", "a2");
    }

    @Test
    void aPublicSummaryNamesNoOrganisation() {
        Tally now = new Tally();
        now.attendance.add(new long[] { A1, B1, 3 });
        now.actors.add(B1);
        LinkTally links = new LinkTally(families);
        links.add(LinkKind.EVENT, A1, B1, 3);
        FigureSheet sheet = new SheetBuilder(Period.custom(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), true, Set.of(B1))
                .build(now, new Tally(), links, new LinkTally(families), known, known);
        assertThat(sheet.count(FigureKeys.LINKS)).isEqualTo(1);
        assertThat(sheet.getLinks()).isEmpty();
        assertThat(sheet.getAttendance()).isEmpty();
        assertThat(sheet.getCountries()).isEmpty();
        assertThat(sheet.count(FigureKeys.COUNTRIES)).isEqualTo(1);
    }
}
