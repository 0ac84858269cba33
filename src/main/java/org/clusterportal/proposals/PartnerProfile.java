package org.clusterportal.proposals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.organisations.Sector;
import org.clusterportal.platform.persistence.BaseEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A partner search of a proposal: the role sought, the competences and sectors wanted, the countries
 * preferred. Open until a partner for it is accepted, or the lead closes it. * Its references are read in batches with those of the other rows ({@link BatchFetch}), as on {@link ProjectProposal}.
 */
@Entity
@Table(name = "partner_profile")
public class PartnerProfile extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int COMPETENCES_LENGTH = 1000;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "proposal_id", nullable = false, updatable = false)
    private ProjectProposal proposal;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerRole role;

    @NotBlank
    @Size(max = COMPETENCES_LENGTH)
    @Column(nullable = false, length = COMPETENCES_LENGTH)
    private String competences;

    @BatchFetch(BatchFetchType.IN)
    @ManyToMany
    @JoinTable(name = "partner_profile_sector", joinColumns = @JoinColumn(name = "profile_id"),
            inverseJoinColumns = @JoinColumn(name = "sector_id"))
    private Set<Sector> sectors = new HashSet<>();

    /** ISO 3166-1 alpha-2 codes. */
    @BatchFetch(BatchFetchType.IN)
    @ElementCollection
    @CollectionTable(name = "partner_profile_country", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProfileState state = ProfileState.OPEN;

    protected PartnerProfile() {
        // for JPA
    }

    PartnerProfile(ProjectProposal proposal, PartnerRole role, String competences, Collection<Sector> sectors,
            Collection<String> countries) {
        this.proposal = proposal;
        this.role = role;
        this.competences = competences;
        this.sectors.addAll(sectors);
        this.countries.addAll(countries);
    }

    void fill() {
        state = ProfileState.FILLED;
    }

    void close() {
        state = ProfileState.CLOSED;
    }

    public ProjectProposal getProposal() {
        return proposal;
    }

    public PartnerRole getRole() {
        return role;
    }

    public String getCompetences() {
        return competences;
    }

    public List<Sector> getSectors() {
        List<Sector> sorted = new ArrayList<>(sectors);
        sorted.sort(Comparator.comparing(Sector::getCode));
        return sorted;
    }

    public List<String> getCountries() {
        return List.copyOf(new TreeSet<>(countries));
    }

    public ProfileState getState() {
        return state;
    }

    public boolean isOpen() {
        return state == ProfileState.OPEN;
    }
}
