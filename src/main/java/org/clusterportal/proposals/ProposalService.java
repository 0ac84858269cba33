package org.clusterportal.proposals;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clusterportal.agreements.Reach;
import org.clusterportal.platform.audit.AuditLog;
import org.clusterportal.agreements.AccessPolicy;
import org.clusterportal.agreements.Audience;
import org.clusterportal.agreements.AudienceType;
import org.clusterportal.agreements.Agreement;
import org.clusterportal.notifications.Notice;
import org.clusterportal.notifications.NoticeKind;
import org.clusterportal.notifications.Subject;
import org.clusterportal.notifications.SubjectType;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.organisations.OrganisationStatus;
import org.clusterportal.organisations.Sector;
import org.clusterportal.organisations.MembershipStatus;
import org.clusterportal.people.Person;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.persistence.SearchWords;
import org.clusterportal.platform.persistence.Where;
import org.clusterportal.platform.files.AcceptedFiles;
import org.clusterportal.platform.files.Download;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.files.FileStore;
import org.clusterportal.platform.files.StoredFile;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;

/**
 * Project proposals and their consortia. A proposal and its partner search are seen like offers: by everybody
 * when public, else by whoever may see one of its agreements ({@link AccessPolicy}), and always by the people
 * of the organisations it concerns (lead, partners, those asked). Its workspace (documents, checklist) only by
 * the people of accepted partner organisations and admins. The lead organisation's people change the proposal
 * and decide requests; an invited organisation's people answer its invitation. Lists apply this in their query.
 */
@Stateless
public class ProposalService {

    /** The form's upload fields, as the pages name them. */
    public static final String DOCUMENT_TITLE_FIELD = "documentTitle";
    public static final String FILE_FIELD = "file";
    public static final int MESSAGE_LENGTH = 2000;

    /** A JPQL condition on a proposal aliased {@code p}: the viewer works for one of its accepted partners. */
    private static final String IN_CONSORTIUM = """
            exists (select cm.id from Partner cp, Membership cm where cp.proposal = p and cp.state = :acceptedPartner
              and cm.organisation = cp.organisation and cm.person.id = :member and cm.status = :approvedMember)""";

    private static final int MAX_CHOICES = 500;

    @PersistenceContext
    private EntityManager entityManager;

    @Inject
    private AccessPolicy accessPolicy;

    @Inject
    private Audience audience;

    @Inject
    private FileStore fileStore;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Event<Notice> notices;

    // ---- finding and access

    /** The proposals the viewer may see that match the filter, most recently changed first, a page at a time. */
    public List<ProjectProposal> list(@NotNull Viewer viewer, @NotNull @Valid ProposalFilter filter, @Min(0) int first,
            @Min(1) @Max(500) int pageSize) {
        return query(viewer, filter, "select p", " order by p.modified desc, p.id desc", ProjectProposal.class)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(@NotNull Viewer viewer, @NotNull @Valid ProposalFilter filter) {
        return query(viewer, filter, "select count(p)", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Viewer viewer, ProposalFilter filter, String select, String order, Class<T> type) {
        Where where = audience.restrict(new Where(), viewer, AudienceType.PROPOSAL, "p.id")
                .containsWords(SearchWords.of(filter.getWords()), "p.title", "p.summary", "p.acronym", "p.callIdentifier");
        if (filter.getProgramme() != null && !filter.getProgramme().isBlank()) {
            where.and("lower(p.programme) like :programme escape '!'", "programme",
                    "%" + SearchWords.escapeLike(filter.getProgramme().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        ZoneId zone = ZoneId.systemDefault();
        if (filter.getDeadlineFrom() != null) {
            where.and("p.deadline >= :deadlineFrom", "deadlineFrom", filter.getDeadlineFrom().atStartOfDay(zone).toInstant());
        }
        if (filter.getDeadlineUntil() != null) {
            where.and("p.deadline < :deadlineUntil", "deadlineUntil", filter.getDeadlineUntil().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (filter.getSectorId() != null) {
            where.and("exists (select sp.id from PartnerProfile sp join sp.sectors ss where sp.proposal = p and sp.state = :openSectorProfile"
                    + " and ss.id = :sector)").bind("openSectorProfile", ProfileState.OPEN).bind("sector", filter.getSectorId());
        }
        if (filter.getRole() != null) {
            where.and("exists (select rp.id from PartnerProfile rp where rp.proposal = p and rp.state = :openRoleProfile and rp.role = :role)")
                    .bind("openRoleProfile", ProfileState.OPEN).bind("role", filter.getRole());
        }
        where.andIf(filter.getStatus(), "p.status = :status", "status")
                .andIf(filter.getAgreementId(),
                        "exists (select fp.id from ProjectProposal fp join fp.agreements fa where fp = p and fa.id = :agreementId)", "agreementId");
        if (filter.isMine()) {
            where.and("exists (select mp.id from Partner mp where mp.proposal = p and mp.state <> :declinedPartner"
                    + " and mp.organisation.id in :mine)")
                    .bind("declinedPartner", PartnerState.DECLINED)
                    .bind("mine", Where.idsOrNone(accessPolicy.organisationIdsOf(viewer)));
        }
        return where.query(entityManager, select + " from ProjectProposal p", order, type);
    }

    /** The ids among {@code ids} of the proposals the viewer may see, in one query (notifications, discussions). */
    public Set<Long> visibleAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        return audience.visibleAmong(viewer, AudienceType.PROPOSAL, ids);
    }

    /** The ids among {@code ids} of the proposals whose workspace the viewer may open, in one query. */
    public Set<Long> workspacesAmong(@NotNull Viewer viewer, @NotNull Collection<Long> ids) {
        if (ids.isEmpty() || viewer.isVisitor() && !viewer.admin()) {
            return Set.of();
        }
        if (viewer.admin()) {
            return new HashSet<>(entityManager.createQuery("select p.id from ProjectProposal p where p.id in :ids", Long.class)
                    .setParameter("ids", List.copyOf(ids)).getResultList());
        }
        return new HashSet<>(entityManager.createQuery(
                "select p.id from ProjectProposal p where p.id in :ids and " + IN_CONSORTIUM, Long.class)
                .setParameter("ids", List.copyOf(ids))
                .setParameter("acceptedPartner", PartnerState.ACCEPTED)
                .setParameter("member", viewer.personId())
                .setParameter("approvedMember", MembershipStatus.APPROVED)
                .getResultList());
    }

    /** Who answers for a proposal in its discussions: its contact person. */
    public Set<Long> contactOf(long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        return proposal == null || proposal.getContact() == null ? Set.of() : Set.of(proposal.getContact().getId());
    }

    /** The proposal, if the viewer may see it: to anyone else it does not exist. */
    public Optional<ProjectProposal> find(@NotNull Viewer viewer, @NotNull Long id) {
        return audience.find(viewer, AudienceType.PROPOSAL, ProjectProposal.class, id);
    }

    /** The proposal for its workspace: only for the people of its accepted partners and admins. */
    public Optional<ProjectProposal> findWorkspace(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        if (proposal == null || !canWork(viewer, proposal)) {
            refused(viewer, "Workspace of proposal " + id);
            return Optional.empty();
        }
        return Optional.of(proposal);
    }

    /** The people of an accepted partner organisation, and admins: they open the workspace. */
    public boolean canWork(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        if (viewer.admin()) {
            return true;
        }
        if (viewer.isVisitor()) {
            return false;
        }
        return entityManager.createQuery("select count(p) from ProjectProposal p where p = :proposal and " + IN_CONSORTIUM, Long.class)
                .setParameter("proposal", proposal)
                .setParameter("acceptedPartner", PartnerState.ACCEPTED)
                .setParameter("member", viewer.personId())
                .setParameter("approvedMember", MembershipStatus.APPROVED)
                .getSingleResult() > 0;
    }

    /** The people of the lead organisation, and admins: they change the proposal and lead its consortium. */
    public boolean canLead(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        return viewer.admin() || accessPolicy.worksFor(viewer, proposal.getLead());
    }

    /** The organisations the viewer works for (approved): they lead proposals and ask to join for them. */
    public List<Organisation> organisationsOf(@NotNull Viewer viewer) {
        return accessPolicy.organisationsOf(viewer);
    }

    /** The viewer's organisations that may still ask to join: not yet partners (or declined before). */
    public List<Organisation> joinableFor(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        if (!proposal.getStatus().isOpen()) {
            return List.of();
        }
        return organisationsOf(viewer).stream()
                .filter(organisation -> proposal.partnerOf(organisation).map(p -> p.getState() == PartnerState.DECLINED).orElse(true))
                .toList();
    }

    /** The partnerships the viewer answers for an invited organisation. */
    public List<Partner> invitationsFor(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        List<Organisation> mine = organisationsOf(viewer);
        return proposal.getPartners().stream()
                .filter(partner -> partner.getState() == PartnerState.INVITED && mine.contains(partner.getOrganisation()))
                .toList();
    }

    /** Approved organisations that could be invited: not already partners, by name. */
    public List<Organisation> invitable(@NotNull Viewer viewer, @NotNull ProjectProposal proposal) {
        if (!canLead(viewer, proposal)) {
            return List.of();
        }
        return entityManager.createQuery("""
                select o from Organisation o where o.status = :approvedOrganisation
                and not exists (select x.id from Partner x where x.proposal = :proposal and x.organisation = o and x.state <> :declined)
                order by o.name""", Organisation.class)
                .setParameter("approvedOrganisation", OrganisationStatus.APPROVED)
                .setParameter("proposal", proposal)
                .setParameter("declined", PartnerState.DECLINED)
                .setMaxResults(MAX_CHOICES)
                .getResultList();
    }

    /** The agreements an organisation takes part in: it signed, or a cluster it belongs to did. */
    public List<Agreement> agreementsOf(@NotNull List<Organisation> organisations) {
        return accessPolicy.agreementsOf(organisations);
    }

    public List<Sector> sectors() {
        return entityManager.createQuery("select s from Sector s order by s.code", Sector.class).getResultList();
    }

    // ---- the proposal

    /** A new idea of one of the viewer's organisations, with the viewer as its contact. */
    public ProjectProposal create(@NotNull Viewer viewer, @NotNull @Valid ProposalForm form) {
        Organisation lead = Optional.ofNullable(entityManager.find(Organisation.class, form.getLeadId()))
                .filter(organisation -> accessPolicy.worksFor(viewer, organisation))
                .orElseThrow(() -> new AccessDeniedException("Proposal for organisation " + form.getLeadId()));
        ProjectProposal proposal = new ProjectProposal(lead, person(viewer), Instant.now());
        describe(proposal, form);
        entityManager.persist(proposal);
        keepAudience(proposal);
        return proposal;
    }

    public ProjectProposal update(@NotNull Viewer viewer, @NotNull Long id, @NotNull @Valid ProposalForm form) {
        ProjectProposal proposal = led(viewer, id);
        proposal.checkVersion(form.getVersion());
        describe(proposal, form);
        keepAudience(proposal);
        return proposal;
    }

    private void describe(ProjectProposal proposal, ProposalForm form) {
        Set<Agreement> agreements = form.getReach() == Reach.PARTICIPANTS
                ? accessPolicy.chosenAgreementsOf(proposal.getLead(), form.getAgreementIds(), "proposal.agreements.notTakingPart")
                : Set.of();
        proposal.describe(form, RichText.sanitise(form.getDescription()), agreements, Instant.now());
    }

    /** Keeps who may see the proposal in step with the change just made (in its transaction). */
    private void keepAudience(ProjectProposal proposal) {
        audience.keep(AudienceType.PROPOSAL, proposal.getId(), proposal.audience());
    }

    public ProjectProposal moveTo(@NotNull Viewer viewer, @NotNull Long id, @NotNull ProposalStatus status) {
        ProjectProposal proposal = led(viewer, id);
        proposal.moveTo(status, Instant.now());
        return proposal;
    }

    // ---- partner searches and the consortium

    public PartnerProfile seek(@NotNull Viewer viewer, @NotNull Long id, PartnerRole role,
            @Size(max = PartnerProfile.COMPETENCES_LENGTH) String competences, @NotNull Collection<Long> sectorIds,
            @NotNull Collection<String> countries) {
        ProjectProposal proposal = led(viewer, id);
        Set<Sector> sectors = new HashSet<>();
        for (Long sectorId : sectorIds) {
            sectors.add(Optional.ofNullable(entityManager.find(Sector.class, sectorId))
                    .orElseThrow(() -> new BusinessException("form.unknownChoice")));
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<String> iso = Set.of(Locale.getISOCountries());
        for (String country : countries) {
            if (!iso.contains(country)) {
                throw new BusinessException("form.unknownChoice");
            }
            codes.add(country);
        }
        PartnerProfile profile = proposal.seek(role, competences, sectors, codes);
        entityManager.persist(profile);
        return profile;
    }

    public void closeProfile(@NotNull Viewer viewer, @NotNull Long profileId) {
        PartnerProfile profile = Optional.ofNullable(entityManager.find(PartnerProfile.class, profileId))
                .orElseThrow(() -> new AccessDeniedException("Partner profile " + profileId));
        led(viewer, profile.getProposal().getId());
        profile.close();
    }

    /** One of the viewer's organisations asks to join, for a sought profile or in general; the lead is told. */
    public Partner requestToJoin(@NotNull Viewer viewer, @NotNull Long id, Long organisationId, Long profileId,
            @Size(max = Partner.MESSAGE_LENGTH) String message) {
        ProjectProposal proposal = find(viewer, id).orElseThrow(() -> new AccessDeniedException("Proposal " + id));
        if (organisationId == null) {
            throw BusinessException.onField("organisation", "proposal.partner.organisationRequired");
        }
        Organisation organisation = Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .filter(candidate -> accessPolicy.worksFor(viewer, candidate))
                .orElseThrow(() -> new AccessDeniedException("Join request for organisation " + organisationId));
        PartnerProfile profile = profileOf(proposal, profileId);
        Partner partner = proposal.requestToJoin(organisation, profile, person(viewer), message);
        persistIfNew(partner);
        keepAudience(proposal);
        tell(NoticeKind.PARTNER_REQUESTED, peopleOf(List.of(proposal.getLead())), proposal, viewer, partner.getMessage());
        return partner;
    }

    /** The lead invites an organisation; its people are told and answer. */
    public Partner invite(@NotNull Viewer viewer, @NotNull Long id, Long organisationId, PartnerRole role, Long profileId,
            @Size(max = Partner.MESSAGE_LENGTH) String message) {
        ProjectProposal proposal = led(viewer, id);
        if (organisationId == null) {
            throw BusinessException.onField("inviteOrganisation", "proposal.partner.organisationRequired");
        }
        Organisation organisation = Optional.ofNullable(entityManager.find(Organisation.class, organisationId))
                .filter(candidate -> candidate.getStatus() == OrganisationStatus.APPROVED)
                .orElseThrow(() -> BusinessException.onField("inviteOrganisation", "form.unknownChoice"));
        PartnerProfile profile = profileOf(proposal, profileId);
        Partner partner = proposal.invite(organisation, profile == null ? role : profile.getRole(), profile, person(viewer), message);
        persistIfNew(partner);
        keepAudience(proposal);
        tell(NoticeKind.PARTNER_INVITED, peopleOf(List.of(organisation)), proposal, viewer, partner.getMessage());
        return partner;
    }

    /**
     * Accepts or declines: a request by the lead's people, an invitation by the invited organisation's people.
     * The other side is told.
     */
    public Partner decide(@NotNull Viewer viewer, @NotNull Long partnerId, boolean accept) {
        Partner partner = Optional.ofNullable(entityManager.find(Partner.class, partnerId))
                .orElseThrow(() -> new AccessDeniedException("Partner " + partnerId));
        ProjectProposal proposal = partner.getProposal();
        boolean allowed = switch (partner.getState()) {
            case REQUESTED -> canLead(viewer, proposal);
            case INVITED -> viewer.admin() || accessPolicy.worksFor(viewer, partner.getOrganisation());
            default -> canLead(viewer, proposal) || accessPolicy.worksFor(viewer, partner.getOrganisation());
        };
        if (!allowed) {
            throw refused(viewer, "Decision on partner " + partnerId);
        }
        Organisation other = partner.getState() == PartnerState.INVITED ? proposal.getLead() : partner.getOrganisation();
        proposal.decide(partner, accept, person(viewer), Instant.now());
        tell(NoticeKind.PARTNER_DECIDED, peopleOf(List.of(other)), proposal, viewer, null);
        return partner;
    }

    /** The lead sets an accepted partner's share of the budget (all together at most 100 %). */
    public Partner changeShare(@NotNull Viewer viewer, @NotNull Long partnerId, BigDecimal share) {
        Partner partner = Optional.ofNullable(entityManager.find(Partner.class, partnerId))
                .orElseThrow(() -> new AccessDeniedException("Partner " + partnerId));
        ProjectProposal proposal = led(viewer, partner.getProposal().getId());
        // Two leads changing shares at once must not both pass the 100 % check: the proposal row is locked.
        entityManager.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
        proposal.changeShare(partner, share == null ? null : share.setScale(2, java.math.RoundingMode.HALF_UP));
        return partner;
    }

    private PartnerProfile profileOf(ProjectProposal proposal, Long profileId) {
        if (profileId == null) {
            return null;
        }
        return proposal.getProfiles().stream().filter(profile -> profile.getId().equals(profileId)).findFirst()
                .orElseThrow(() -> new BusinessException("proposal.profile.notOpen"));
    }

    private void persistIfNew(Partner partner) {
        if (partner.isNew()) {
            entityManager.persist(partner);
        }
    }

    // ---- the workspace

    public List<ProposalDocument> documents(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = workspace(viewer, id);
        return entityManager.createQuery("select d from ProposalDocument d where d.proposal = :proposal order by d.title, d.id",
                ProposalDocument.class)
                .setParameter("proposal", proposal)
                .getResultList();
    }

    /** The versions of the proposal's documents, by document, the newest first (the history the workspace shows). */
    public List<ProposalDocumentVersion> versions(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = workspace(viewer, id);
        return entityManager.createQuery("""
                select v from ProposalDocumentVersion v join fetch v.uploadedBy where v.document.proposal = :proposal
                order by v.document.id, v.number desc""", ProposalDocumentVersion.class)
                .setParameter("proposal", proposal)
                .getResultList();
    }

    /** A new document with its first version. */
    public ProposalDocumentVersion addDocument(@NotNull Viewer viewer, @NotNull Long id, String title, String fileName,
            InputStream content) {
        ProjectProposal proposal = workspace(viewer, id);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.onField(DOCUMENT_TITLE_FIELD, "proposalDocument.title.required");
        }
        if (cleanTitle.length() > ProposalDocument.TITLE_LENGTH) {
            throw BusinessException.onField(DOCUMENT_TITLE_FIELD, "form.tooLong", ProposalDocument.TITLE_LENGTH);
        }
        StoredFile file = store(content);
        Person uploader = person(viewer);
        ProposalDocument document = new ProposalDocument(proposal, cleanTitle, uploader);
        entityManager.persist(document);
        ProposalDocumentVersion version = document.addVersion(file, FileNames.clean(fileName, cleanTitle + ".pdf"), uploader, Instant.now());
        entityManager.persist(version);
        tell(NoticeKind.DOCUMENT_VERSION_ADDED, consortiumPeople(proposal), proposal, viewer, null);
        return version;
    }

    /**
     * A new version of a document; the old ones stay. The file is stored first, then the document's row is
     * locked for the number: two partners uploading at once wait for each other there and both versions stay.
     */
    public ProposalDocumentVersion addVersion(@NotNull Viewer viewer, @NotNull Long documentId, String fileName, InputStream content) {
        ProposalDocument found = Optional.ofNullable(entityManager.find(ProposalDocument.class, documentId))
                .orElseThrow(() -> new AccessDeniedException("Proposal document " + documentId));
        ProjectProposal proposal = workspace(viewer, found.getProposal().getId());
        StoredFile file = store(content);
        ProposalDocument document = found;
        entityManager.refresh(document, LockModeType.PESSIMISTIC_WRITE);
        ProposalDocumentVersion version = document.addVersion(file, FileNames.clean(fileName, document.getTitle() + ".pdf"),
                person(viewer), Instant.now());
        entityManager.persist(version);
        tell(NoticeKind.DOCUMENT_VERSION_ADDED, consortiumPeople(proposal), proposal, viewer, null);
        return version;
    }

    private StoredFile store(InputStream content) {
        if (content == null) {
            throw BusinessException.onField(FILE_FIELD, "file.required");
        }
        return fileStore.store(content, AcceptedFiles.PDF_DOCUMENTS, FILE_FIELD);
    }

    /** A version as the viewer may download it: to anyone outside the consortium it does not exist. */
    public Optional<Download> download(@NotNull Viewer viewer, @NotNull Long versionId) {
        if (viewer.isVisitor()) {
            return Optional.empty();
        }
        String consortium = viewer.admin() ? "" : " and " + IN_CONSORTIUM;
        TypedQuery<ProposalDocumentVersion> query = entityManager.createQuery(
                "select v from ProposalDocumentVersion v join v.document d join d.proposal p where v.id = :version" + consortium,
                ProposalDocumentVersion.class)
                .setParameter("version", versionId);
        if (!viewer.admin()) {
            query.setParameter("acceptedPartner", PartnerState.ACCEPTED)
                    .setParameter("member", viewer.personId())
                    .setParameter("approvedMember", MembershipStatus.APPROVED);
        }
        Optional<ProposalDocumentVersion> version = query.getResultStream().findFirst();
        if (version.isEmpty()) {
            refused(viewer, "Proposal document version " + versionId);
        }
        return version.map(found -> new Download(found.storedFile(), found.getFileName(), false));
    }

    public List<ChecklistItem> checklist(@NotNull Viewer viewer, @NotNull Long id) {
        ProjectProposal proposal = workspace(viewer, id);
        // A checklist is a few dozen items at most: ordered here, open ones first, the earliest due on top.
        return entityManager.createQuery("select i from ChecklistItem i where i.proposal = :proposal", ChecklistItem.class)
                .setParameter("proposal", proposal)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(ChecklistItem::isDone)
                        .thenComparing(ChecklistItem::getDueOn, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(ChecklistItem::getId))
                .toList();
    }

    public ChecklistItem addChecklistItem(@NotNull Viewer viewer, @NotNull Long id, String title, Long ownerId, LocalDate dueOn) {
        ProjectProposal proposal = workspace(viewer, id);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw BusinessException.onField("itemTitle", "proposal.checklist.titleRequired");
        }
        if (cleanTitle.length() > ChecklistItem.TITLE_LENGTH) {
            throw BusinessException.onField("itemTitle", "form.tooLong", ChecklistItem.TITLE_LENGTH);
        }
        Person owner = null;
        if (ownerId != null) {
            owner = consortiumMembers(proposal).stream().filter(person -> person.getId().equals(ownerId)).findFirst()
                    .orElseThrow(() -> BusinessException.onField("itemOwner", "proposal.checklist.ownerOutside"));
        }
        ChecklistItem item = new ChecklistItem(proposal, cleanTitle, owner, dueOn);
        entityManager.persist(item);
        return item;
    }

    public ChecklistItem markDone(@NotNull Viewer viewer, @NotNull Long itemId, boolean done) {
        ChecklistItem item = Optional.ofNullable(entityManager.find(ChecklistItem.class, itemId))
                .orElseThrow(() -> new AccessDeniedException("Checklist item " + itemId));
        workspace(viewer, item.getProposal().getId());
        if (done) {
            item.markDone(person(viewer), Instant.now());
        }
        else {
            item.reopen();
        }
        return item;
    }

    /** A message of a consortium member to all the others, heard as a notification. */
    public void sendMessage(@NotNull Viewer viewer, @NotNull Long id, String text) {
        ProjectProposal proposal = workspace(viewer, id);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            throw BusinessException.onField("message", "proposal.message.required");
        }
        if (message.length() > MESSAGE_LENGTH) {
            throw BusinessException.onField("message", "form.tooLong", MESSAGE_LENGTH);
        }
        tell(NoticeKind.CONSORTIUM_MESSAGE, consortiumPeople(proposal), proposal, viewer, message);
    }

    /** The people of the accepted partners: checklist owners are chosen among them. */
    public List<Person> consortiumMembers(@NotNull ProjectProposal proposal) {
        List<Long> organisations = proposal.acceptedPartners().stream().map(partner -> partner.getOrganisation().getId()).toList();
        if (organisations.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                select distinct m.person from Membership m
                where m.organisation.id in :organisations and m.status = :approved""", Person.class)
                .setParameter("organisations", organisations)
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(Person::getDisplayName))
                .toList();
    }

    /** The proposal whose workspace the viewer works in, or a refusal (audited once, by {@link #findWorkspace}). */
    private ProjectProposal workspace(Viewer viewer, Long id) {
        return findWorkspace(viewer, id).orElseThrow(() -> AccessDeniedException.audited("Workspace of proposal " + id));
    }

    // ---- home page

    /** Open partner searches of proposals the viewer may see, in a sector of the viewer's organisations. */
    public List<ProjectProposal> searchesMatchingMySectors(@NotNull Viewer viewer, @Min(1) @Max(50) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        List<Long> sectors = entityManager.createQuery("""
                select distinct s.id from Membership m join m.organisation o join o.sectors s
                where m.person.id = :person and m.status = :approved""", Long.class)
                .setParameter("person", viewer.personId())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList();
        if (sectors.isEmpty()) {
            return List.of();
        }
        // As a participant even for an admin: the panel suggests what is theirs to join, not everything.
        return audience.restrict(new Where(), new Viewer(viewer.personId(), false), AudienceType.PROPOSAL, "p.id")
                .and("p.status in :openStatuses", "openStatuses",
                        List.of(ProposalStatus.IDEA, ProposalStatus.CONSORTIUM_BUILDING, ProposalStatus.IN_PREPARATION))
                .and("exists (select hp.id from PartnerProfile hp join hp.sectors hs where hp.proposal = p and hp.state = :openHomeProfile"
                        + " and hs.id in :mySectors)")
                .bind("openHomeProfile", ProfileState.OPEN).bind("mySectors", sectors)
                .and("not exists (select op.id from Partner op where op.proposal = p and op.state <> :declinedOwn and op.organisation.id in :own)")
                .bind("declinedOwn", PartnerState.DECLINED).bind("own", Where.idsOrNone(accessPolicy.organisationIdsOf(viewer)))
                .and("p.deadline > :now", "now", Instant.now())
                .query(entityManager, "select p from ProjectProposal p", " order by p.deadline, p.id", ProjectProposal.class)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The viewer's consortia's proposals still open, the nearest deadline first. */
    public List<ProjectProposal> myNextDeadlines(@NotNull Viewer viewer, @Min(1) @Max(50) int limit) {
        if (viewer.isVisitor()) {
            return List.of();
        }
        return entityManager.createQuery("select p from ProjectProposal p where p.status in :openStatuses and p.deadline > :now and "
                + IN_CONSORTIUM + " order by p.deadline, p.id", ProjectProposal.class)
                .setParameter("openStatuses", List.of(ProposalStatus.IDEA, ProposalStatus.CONSORTIUM_BUILDING, ProposalStatus.IN_PREPARATION))
                .setParameter("now", Instant.now())
                .setParameter("acceptedPartner", PartnerState.ACCEPTED)
                .setParameter("member", viewer.personId())
                .setParameter("approvedMember", MembershipStatus.APPROVED)
                .setMaxResults(limit)
                .getResultList();
    }

    // ---- reminders (called daily by ProposalReminders)

    /**
     * Tells the consortia whose deadline is 7 days or 1 day away (each proposal falls into each window on one
     * day only), and the owners of checklist items due tomorrow. Returns how many notices were fired.
     */
    public int sendReminders(@NotNull Instant now) {
        int fired = 0;
        for (long days : new long[] { 7, 1 }) {
            List<ProjectProposal> due = entityManager.createQuery("""
                    select p from ProjectProposal p where p.status in :openStatuses and p.deadline > :from and p.deadline <= :until""",
                    ProjectProposal.class)
                    .setParameter("openStatuses", List.of(ProposalStatus.IDEA, ProposalStatus.CONSORTIUM_BUILDING, ProposalStatus.IN_PREPARATION))
                    .setParameter("from", now.plus(days - 1, ChronoUnit.DAYS))
                    .setParameter("until", now.plus(days, ChronoUnit.DAYS))
                    .getResultList();
            for (ProjectProposal proposal : due) {
                Set<Long> people = consortiumPeople(proposal);
                if (!people.isEmpty()) {
                    notices.fire(new Notice(NoticeKind.PROPOSAL_DEADLINE, people, subject(proposal), null, String.valueOf(days)));
                    fired++;
                }
            }
        }
        LocalDate tomorrow = LocalDate.ofInstant(now, ZoneId.systemDefault()).plusDays(1);
        List<ChecklistItem> items = entityManager.createQuery("""
                select i from ChecklistItem i where i.state = :openItem and i.dueOn = :tomorrow and i.proposal.status in :openStatuses""",
                ChecklistItem.class)
                .setParameter("openItem", ChecklistState.OPEN)
                .setParameter("tomorrow", tomorrow)
                .setParameter("openStatuses", List.of(ProposalStatus.IDEA, ProposalStatus.CONSORTIUM_BUILDING, ProposalStatus.IN_PREPARATION))
                .getResultList();
        for (ChecklistItem item : items) {
            Set<Long> people = item.getOwner() != null ? Set.of(item.getOwner().getId()) : consortiumPeople(item.getProposal());
            if (!people.isEmpty()) {
                notices.fire(new Notice(NoticeKind.CHECKLIST_ITEM_DUE, people, subject(item.getProposal()), null, item.getTitle()));
                fired++;
            }
        }
        return fired;
    }

    // ---- helpers

    private Set<Long> consortiumPeople(ProjectProposal proposal) {
        return peopleOf(proposal.acceptedPartners().stream().map(Partner::getOrganisation).toList());
    }

    private Set<Long> peopleOf(List<Organisation> organisations) {
        if (organisations.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(entityManager.createQuery("""
                select m.person.id from Membership m where m.organisation.id in :organisations and m.status = :approved""", Long.class)
                .setParameter("organisations", organisations.stream().map(Organisation::getId).toList())
                .setParameter("approved", MembershipStatus.APPROVED)
                .getResultList());
    }

    /** Fires a notice to the people, never to the actor; nobody left, nothing fired. */
    private void tell(NoticeKind kind, Set<Long> people, ProjectProposal proposal, Viewer actor, String text) {
        Set<Long> recipients = new HashSet<>(people);
        actor.findPersonId().ifPresent(recipients::remove);
        if (!recipients.isEmpty()) {
            notices.fire(new Notice(kind, recipients, subject(proposal), actor.personId(), text));
        }
    }

    private static Subject subject(ProjectProposal proposal) {
        return new Subject(SubjectType.PROPOSAL, proposal.getId(), proposal.getTitle());
    }

    private Person person(Viewer viewer) {
        if (viewer.isVisitor()) {
            throw new AccessDeniedException("A visitor");
        }
        return Optional.ofNullable(entityManager.find(Person.class, viewer.personId()))
                .orElseThrow(() -> new AccessDeniedException("Unknown person " + viewer.personId()));
    }

    /** The proposal to change: refused (and audited as a refusal) to whoever is not of the lead organisation. */
    private ProjectProposal led(Viewer viewer, Long id) {
        ProjectProposal proposal = entityManager.find(ProjectProposal.class, id);
        if (proposal == null || !canLead(viewer, proposal)) {
            throw refused(viewer, "Proposal " + id);
        }
        return proposal;
    }

    /** The refusal to throw (or, for a look-up that answers "not found", only to record): written to the audit log once. */
    private AccessDeniedException refused(Viewer viewer, String what) {
        return auditLog.refusal(viewer, what);
    }
}
