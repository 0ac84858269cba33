package org.clusterportal.organisations;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.StringJoiner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.platform.audit.AuditAction;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The directory of organisations: approved ones are public; filters are applied in the database, and the
 * agreement filter only ever matches an agreement the viewer may see. Signed-in people propose new ones, which
 * only their proposer and approvers see until an admin, or a coordinator of an agreement that one of the new
 * organisation's clusters signed, approves them.
 */
@Stateless
public class OrganisationService {

    /**
     * A JPQL sub-select: the person {@code :approver} coordinates an agreement that a cluster of the organisation
     * aliased {@code o} signed.
     */
    private static final String APPROVABLE = """
            select s.id from Signatory s join s.agreement a join a.coordinators c, Organisation po join po.clusters pc
            where po = o and s.organisation = pc and c.id = :approver""";

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private VisibleAgreements visibleAgreements;

    @Inject
    private MembershipService membershipService;

    @Inject
    private AuditLog auditLog;

    @Inject
    private FileStore fileStore;

    /** A page of approved organisations matching the filter, by name. */
    public List<Organisation> search(@NotNull Viewer viewer, @NotNull OrganisationFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        return query(viewer, filter, "select o from Organisation o", " order by o.name, o.id", Organisation.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull OrganisationFilter filter) {
        return query(viewer, filter, "select count(o) from Organisation o", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, OrganisationFilter filter, String select, String order, Class<T> type) {
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add("o.status = :approved");
        if (filter.getKind() != null) {
            where.add("o.kind = :kind");
        }
        if (filter.getSectorId() != null) {
            where.add("exists (select s.id from Organisation so join so.sectors s where so = o and s.id = :sector)");
        }
        if (filter.getCountry() != null) {
            where.add("o.country = :country");
        }
        if (filter.getRegion() != null) {
            where.add("o.region = :region");
        }
        if (filter.getAgreementId() != null) {
            where.add("exists (select sg.id from Signatory sg where sg.agreement.id = :agreement and sg.agreement.id in :visibleAgreements"
                    + " and (sg.organisation = o or exists (select c.id from Organisation oo join oo.clusters c"
                    + " where oo = o and c = sg.organisation)))");
        }
        TypedQuery<T> query = entityManager.createQuery(select + where + order, type)
                .setParameter("approved", OrganisationStatus.APPROVED);
        Optional.ofNullable(filter.getKind()).ifPresent(kind -> query.setParameter("kind", kind));
        Optional.ofNullable(filter.getSectorId()).ifPresent(sector -> query.setParameter("sector", sector));
        Optional.ofNullable(filter.getCountry()).ifPresent(country -> query.setParameter("country", country));
        Optional.ofNullable(filter.getRegion()).ifPresent(region -> query.setParameter("region", region));
        if (filter.getAgreementId() != null) {
            query.setParameter("agreement", filter.getAgreementId()).setParameter("visibleAgreements", visibleAgreements.idsFor(viewer));
        }
        return query;
    }

    /** An approved organisation; a proposed one only to its proposer and those who may approve it. */
    public Optional<Organisation> find(@NotNull Viewer viewer, @NotNull Long id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id))
                .filter(organisation -> organisation.isApproved() || organisation.isProposedBy(viewer.personId())
                        || canApprove(viewer, organisation));
    }

    /**
     * Proposes a new organisation: the proposer asks to become its first administrator, and it waits for an admin
     * or a coordinator of an agreement signed by one of its clusters.
     */
    public Organisation propose(@NotNull Viewer viewer, @NotNull @Valid OrganisationForm form) {
        Person proposer = Optional.ofNullable(viewer.personId()).map(id -> entityManager.find(Person.class, id))
                .orElseThrow(() -> new AccessDeniedException("Proposing an organisation"));
        Organisation organisation = Organisation.propose(proposer, form.getName().strip(), form.getKind(), form.getCountry());
        apply(form, organisation);
        entityManager.persist(organisation);
        entityManager.persist(Membership.ofProposer(proposer, organisation));
        try {
            entityManager.flush();
        }
        catch (PersistenceException sameNameAtOnce) {
            // Two proposals of one name at the same moment: the unique (name_key, country) key said no.
            throw BusinessException.onField("name", "organisation.duplicate");
        }
        return organisation;
    }

    /** Its own administrators, its proposer while it waits, and admins keep an organisation's entry. */
    public Organisation update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid OrganisationForm form) {
        Organisation organisation = editable(viewer, id);
        organisation.checkVersion(form.getVersion());
        // Belonging to a cluster lets the organisation's people take part in the cluster's agreements: once
        // approved, only an admin changes it, never the organisation itself.
        if (organisation.isApproved() && !viewer.admin() && !Set.copyOf(form.getClusterIds()).equals(
                organisation.getClusters().stream().map(Organisation::getId).collect(Collectors.toSet()))) {
            throw BusinessException.onField("clusters", "organisation.clusters.adminOnly");
        }
        apply(form, organisation);
        return organisation;
    }

    private void apply(OrganisationForm form, Organisation organisation) {
        String name = form.getName().strip();
        TypedQuery<Long> sameName = entityManager.createQuery(
                "select count(o) from Organisation o where o.nameKey = :key and o.country = :country"
                        + (organisation.isNew() ? "" : " and o.id <> :self"), Long.class)
                .setParameter("key", Organisation.keyOf(name))
                .setParameter("country", form.getCountry());
        if (!organisation.isNew()) {
            sameName.setParameter("self", organisation.getId());
        }
        if (sameName.getSingleResult() > 0) {
            throw BusinessException.onField("name", "organisation.duplicate");
        }
        String website = OrganisationForm.blankToNull(form.getWebsite());
        if (website != null && !website.matches("(?i)https?://[^\\s/]+\\S*")) {
            throw BusinessException.onField("website", "organisation.website.invalid");
        }
        String region = OrganisationForm.blankToNull(form.getRegion());
        if (region != null && Regions.POLAND.equals(form.getCountry()) && !Regions.VOIVODESHIPS.contains(region)) {
            throw BusinessException.onField("region", "organisation.region.invalid");
        }
        if (form.isFoundedInFuture()) {
            throw BusinessException.onField("foundedYear", "organisation.foundedYear.future");
        }
        organisation.describe(name, form.getKind(), form.getCountry(), region,
                OrganisationForm.blankToNull(form.getCity()), website, OrganisationForm.blankToNull(form.getEmail()),
                OrganisationForm.blankToNull(form.getDescription()), form.getFoundedYear(), form.getSizeClass(),
                Set.copyOf(byIds(Sector.class, form.getSectorIds())));
        organisation.belongTo(Set.copyOf(byIds(Organisation.class, form.getClusterIds())));
    }

    private <T> List<T> byIds(Class<T> type, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<T> found = entityManager.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids)
                .getResultList();
        if (found.size() != Set.copyOf(ids).size()) {
            throw new BusinessException("form.unknownChoice");
        }
        return found;
    }

    /** A new logo (PNG, JPEG or WebP by content, at most 2 MB) from those who edit the organisation. */
    public Organisation changeLogo(@NotNull Viewer viewer, @NotNull Long id, @NotNull InputStream content) {
        Organisation organisation = editable(viewer, id);
        organisation.changeLogo(fileStore.store(content, AcceptedFiles.LOGOS, "logo")).ifPresent(fileStore::deleteAfterCommit);
        return organisation;
    }

    public Organisation removeLogo(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = editable(viewer, id);
        organisation.removeLogo().ifPresent(fileStore::deleteAfterCommit);
        return organisation;
    }

    /** The logo of an organisation the viewer may see; an approved organisation's logo is public. */
    public Optional<Download> logo(@NotNull Viewer viewer, @NotNull Long id) {
        return find(viewer, id).flatMap(organisation -> organisation.findLogo()
                .map(logo -> new Download(logo, "logo-" + id + extension(logo.contentType()), organisation.isApproved())));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "image/png" -> ".png";
            case "image/webp" -> ".webp";
            default -> ".jpg";
        };
    }

    private Organisation editable(Viewer viewer, Long id) {
        Organisation organisation = get(viewer, id);
        if (!canEdit(viewer, organisation)) {
            throw new AccessDeniedException("Organisation " + id);
        }
        return organisation;
    }

    /** The proposer's request to join is approved with the organisation. */
    public Organisation approve(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = proposal(viewer, id);
        Person approver = entityManager.find(Person.class, viewer.personId());
        Instant now = Instant.now();
        organisation.approve(approver, now);
        auditLog.record(viewer, AuditAction.ORGANISATION_APPROVED, "organisation", id, organisation.getName());
        membershipsOf(organisation).stream()
                .filter(membership -> membership.getPerson().equals(organisation.getProposedBy()) && membership.isRequested())
                .forEach(membership -> membership.approve(approver, now));
        return organisation;
    }

    /** A declined proposal is removed, so that the name can be proposed again, correctly. */
    public void decline(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = proposal(viewer, id);
        auditLog.record(viewer, AuditAction.ORGANISATION_DECLINED, "organisation", id, organisation.getName());
        delete(organisation);
    }

    private Organisation proposal(Viewer viewer, Long id) {
        Organisation organisation = get(viewer, id);
        if (!canApprove(viewer, organisation)) {
            throw new AccessDeniedException("Approving organisation " + id);
        }
        if (organisation.isApproved()) {
            throw new BusinessException("organisation.alreadyApproved");
        }
        return organisation;
    }

    /**
     * Admins remove an organisation that nothing depends on; otherwise the refusal says what still does
     * (agreements signed, people, member organisations).
     */
    public void remove(@NotNull Viewer viewer, @NotNull Long id) {
        Organisation organisation = get(viewer, id);
        if (!viewer.admin()) {
            throw new AccessDeniedException("Removing organisation " + id);
        }
        long agreements = count("select count(s) from Signatory s where s.organisation = :organisation", organisation);
        long people = count("select count(m) from Membership m where m.organisation = :organisation and m.status = :approved",
                organisation);
        long members = count("select count(o) from Organisation o join o.clusters c where c = :organisation", organisation);
        if (agreements + people + members > 0) {
            throw new BusinessException("organisation.remove.blocked", agreements, people, members);
        }
        auditLog.record(viewer, AuditAction.ORGANISATION_REMOVED, "organisation", id, organisation.getName());
        delete(organisation);
    }

    private long count(String jpql, Organisation organisation) {
        TypedQuery<Long> query = entityManager.createQuery(jpql, Long.class).setParameter("organisation", organisation);
        if (jpql.contains(":approved")) {
            query.setParameter("approved", MembershipStatus.APPROVED);
        }
        return query.getSingleResult();
    }

    private void delete(Organisation organisation) {
        organisation.removeLogo().ifPresent(fileStore::deleteAfterCommit);
        membershipsOf(organisation).forEach(entityManager::remove);
        entityManager.remove(organisation);
    }

    private List<Membership> membershipsOf(Organisation organisation) {
        return entityManager.createQuery("select m from Membership m where m.organisation = :organisation", Membership.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /** The proposals waiting for this viewer's decision, oldest first. */
    public List<Organisation> proposalsFor(@NotNull Viewer viewer) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        String jpql = "select o from Organisation o where o.status = :proposed"
                + (viewer.admin() ? "" : " and exists (" + APPROVABLE + ")") + " order by o.created, o.id";
        TypedQuery<Organisation> query = entityManager.createQuery(jpql, Organisation.class)
                .setParameter("proposed", OrganisationStatus.PROPOSED);
        if (!viewer.admin()) {
            query.setParameter("approver", viewer.personId());
        }
        return query.getResultList();
    }

    /** Admins, and the coordinators of an agreement signed by one of the organisation's clusters. */
    public boolean canApprove(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        if (viewer.admin()) {
            return true;
        }
        return !viewer.isVisitor() && entityManager.createQuery(
                "select count(o) from Organisation o where o = :organisation and exists (" + APPROVABLE + ")", Long.class)
                .setParameter("organisation", organisation)
                .setParameter("approver", viewer.personId())
                .getSingleResult() > 0;
    }

    /** Admins, the organisation's own administrators, and its proposer while it waits for approval. */
    public boolean canEdit(@NotNull Viewer viewer, @NotNull Organisation organisation) {
        return !organisation.isApproved() && organisation.isProposedBy(viewer.personId())
                || membershipService.mayDecide(viewer, organisation);
    }

    /** The organisation if the viewer may see it; to anyone else it does not exist. */
    public Organisation get(@NotNull Viewer viewer, @NotNull Long id) {
        return find(viewer, id).orElseThrow(() -> new AccessDeniedException("Organisation " + id));
    }

    /** The approved members of a cluster, by name. */
    public List<Organisation> membersOf(@NotNull Organisation cluster) {
        return entityManager.createQuery("""
                select o from Organisation o join o.clusters c
                where c = :cluster and o.status = :approved order by o.name""", Organisation.class)
                .setParameter("cluster", cluster)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    /** Approved clusters by name, for choosing which clusters an organisation belongs to. */
    public List<Organisation> listClusters() {
        return entityManager.createQuery("""
                select o from Organisation o where o.status = :approved and o.kind = :cluster order by o.name""", Organisation.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .setParameter("cluster", OrganisationKind.CLUSTER)
                .getResultList();
    }

    /** Approved organisations by name, for an administrator's choice of signatories. */
    public List<Organisation> listApproved() {
        return entityManager.createQuery("""
                select o from Organisation o where o.status = :approved order by o.name""", Organisation.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    /** Admins extend the sector taxonomy; a code exists once. */
    public Sector addSector(@NotNull Viewer viewer, @NotBlank @Size(max = Sector.CODE_LENGTH) String code,
            @NotBlank @Size(max = Sector.NAME_LENGTH) String namePl, @NotBlank @Size(max = Sector.NAME_LENGTH) String nameEn) {
        requireAdmin(viewer);
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (entityManager.createQuery("select count(s) from Sector s where s.code = :code", Long.class)
                .setParameter("code", normalised).getSingleResult() > 0) {
            throw BusinessException.onField("code", "sector.duplicate");
        }
        Sector sector = new Sector(normalised, namePl.strip(), nameEn.strip());
        entityManager.persist(sector);
        auditLog.record(viewer, AuditAction.SECTOR_ADDED, "sector", normalised, sector.getNameEn());
        return sector;
    }

    /** Admins rename a sector in both languages; organisations keep it. */
    public Sector renameSector(@NotNull Viewer viewer, @NotNull Long id, @NotBlank @Size(max = Sector.NAME_LENGTH) String namePl,
            @NotBlank @Size(max = Sector.NAME_LENGTH) String nameEn) {
        requireAdmin(viewer);
        Sector sector = Optional.ofNullable(entityManager.find(Sector.class, id))
                .orElseThrow(() -> new BusinessException("form.unknownChoice"));
        sector.rename(namePl.strip(), nameEn.strip());
        auditLog.record(viewer, AuditAction.SECTOR_RENAMED, "sector", sector.getCode(), sector.getNameEn());
        return sector;
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw new AccessDeniedException("Sectors");
        }
    }

    public List<Sector> sectors() {
        return entityManager.createQuery("select s from Sector s order by s.code", Sector.class).getResultList();
    }

    /** The countries and regions that approved organisations name, for the directory's filters. */
    public List<String> countries() {
        return entityManager.createQuery("""
                select distinct o.country from Organisation o where o.status = :approved order by o.country""", String.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }

    public List<String> regions() {
        return entityManager.createQuery("""
                select distinct o.region from Organisation o
                where o.status = :approved and o.region is not null order by o.region""", String.class)
                .setParameter("approved", OrganisationStatus.APPROVED)
                .getResultList();
    }
}
