package org.clusterportal.offers.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.clusterportal.offers.Cooperation;
import org.clusterportal.offers.ExpressionOfInterest;
import org.clusterportal.offers.InterestForm;
import org.clusterportal.offers.InterestState;
import org.clusterportal.offers.Offer;
import org.clusterportal.offers.OfferAttachment;
import org.clusterportal.offers.OfferCoProvider;
import org.clusterportal.offers.OfferService;
import org.clusterportal.offers.OfferStatus;
import org.clusterportal.organisations.Organisation;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.faces.Feedback;
import org.clusterportal.platform.faces.NotFoundException;
import org.clusterportal.platform.security.Viewer;
import org.clusterportal.platform.text.RichText;
import org.primefaces.model.file.UploadedFile;

/**
 * offers/view.xhtml?id=…: one offer with all its providers. Its organisation's people publish, withdraw and renew
 * it and answer the interests it received; coordinators who review it approve or return it; administrators of a
 * named co-provider confirm or decline; other participants send their interest and follow its state.
 */
@Named
@ViewScoped
public class ViewOfferBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferService offerService;

    @Inject
    private CurrentPerson currentPerson;

    private Long id;
    private Offer offer;
    private boolean editor;
    private boolean reviewer;
    private boolean interestPossible;
    private List<Organisation> providers = List.of();
    private List<OfferCoProvider> coProviders = List.of();
    private List<ExpressionOfInterest> interests = List.of();
    private ExpressionOfInterest myInterest;
    private final InterestForm interestForm = new InterestForm();
    private final Map<Long, InterestState> nextStates = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();
    private String reviewComment;
    private List<OfferAttachment> attachments = List.of();
    private transient UploadedFile attachmentFile;

    public void load() {
        Viewer viewer = currentPerson.viewer();
        offer = NotFoundException.unless(id, offerId -> offerService.find(viewer, offerId));
        editor = offerService.canEdit(viewer, offer);
        reviewer = offerService.canReview(viewer, offer);
        providers = offerService.providersOf(offer);
        coProviders = offerService.coProvidersOf(offer);
        interests = offerService.interestsIn(viewer, offer);
        attachments = offerService.attachmentsOf(offer);
        myInterest = offerService.findInterest(viewer, offer).orElse(null);
        interestPossible = myInterest == null && offerService.canExpressInterest(viewer, offer);
        for (ExpressionOfInterest interest : interests) {
            notes.put(interest.getId(), interest.getNotes());
        }
    }

    public String publish() {
        return act(() -> offerService.publish(currentPerson.viewer(), id), "offer.submitted", "offerActions");
    }

    public String withdraw() {
        return act(() -> offerService.withdraw(currentPerson.viewer(), id), "offer.withdrawn", "offerActions");
    }

    public String renew() {
        return act(() -> offerService.renew(currentPerson.viewer(), id), "offer.renewed", "offerActions");
    }

    /** Back to the review queue: a returned draft is no longer the coordinator's to see. */
    public String approve() {
        String outcome = act(() -> offerService.approve(currentPerson.viewer(), id), "offer.approved", "reviewForm");
        return outcome == null ? null : "/offers/review?faces-redirect=true";
    }

    public String returnToDraft() {
        String outcome = act(() -> offerService.returnToDraft(currentPerson.viewer(), id, reviewComment), "offer.returned", "reviewForm");
        return outcome == null ? null : "/offers/review?faces-redirect=true";
    }

    public String answerCoProvision(OfferCoProvider coProvider, boolean confirm) {
        return act(() -> offerService.answerCoProvision(currentPerson.viewer(), coProvider.getId(), confirm),
                confirm ? "offer.coProvider.confirmed" : "offer.coProvider.declined", "coProvidersForm");
    }

    /** Attaches the chosen file; a refusal (type by content, size) shows next to the field. */
    public String attach() {
        try {
            if (attachmentFile == null || attachmentFile.getFileName() == null || attachmentFile.getFileName().isBlank()) {
                offerService.attach(currentPerson.viewer(), id, null, null);
            }
            else {
                try (InputStream content = attachmentFile.getInputStream()) {
                    offerService.attach(currentPerson.viewer(), id, attachmentFile.getFileName(), content);
                }
            }
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, "attachmentForm");
            return null;
        }
        catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
        finally {
            attachmentFile = null;
        }
        Feedback.info("offer.attachment.added");
        return "/offers/view?faces-redirect=true&id=" + id;
    }

    public String detach(OfferAttachment attachment) {
        return act(() -> offerService.detach(currentPerson.viewer(), attachment.getId()), "offer.attachment.removed", "attachmentsForm");
    }

    /** A second click (or a second tab) that finds the first interest gets the same answer as the first. */
    public String expressInterest() {
        try {
            offerService.expressInterest(currentPerson.viewer(), id, interestForm);
        }
        catch (BusinessException refusal) {
            if (!"interest.already".equals(refusal.getMessageKey())) {
                Feedback.show(refusal, "interestForm");
                return null;
            }
        }
        Feedback.info("interest.sent");
        return "/offers/view?faces-redirect=true&id=" + id;
    }

    public String moveInterest(ExpressionOfInterest interest) {
        InterestState next = nextStates.get(interest.getId());
        if (next == null) {
            return null;
        }
        return act(() -> offerService.moveInterest(currentPerson.viewer(), interest.getId(), next, notes.get(interest.getId()),
                interest.getVersion()), "interest.moved", "interestsForm");
    }

    private String act(Runnable action, String message, String formId) {
        try {
            action.run();
        }
        catch (BusinessException refusal) {
            Feedback.show(refusal, formId);
            return null;
        }
        Feedback.info(message);
        return "/offers/view?faces-redirect=true&id=" + id;
    }

    /** The stored description is sanitised when saved; sanitised again here, so rows written otherwise are safe too. */
    public String getSafeDescription() {
        return RichText.sanitise(offer.getDescription());
    }

    /** Whether the viewer administers one of the named co-providers, and so answers for it. */
    public boolean isCoProviderAnswerer() {
        return coProviders.stream().anyMatch(this::canAnswer);
    }

    public boolean canAnswer(OfferCoProvider coProvider) {
        return offerService.canAnswerCoProvision(currentPerson.viewer(), coProvider);
    }

    /** The states the owner may move this interest to. */
    public List<InterestState> nextStatesOf(ExpressionOfInterest interest) {
        return java.util.Arrays.stream(InterestState.values()).filter(interest.getState()::canMoveTo).toList();
    }

    public OfferStatus getStatus() {
        return offer.statusOn(LocalDate.now());
    }

    public Cooperation[] getCooperations() {
        return Cooperation.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Offer getOffer() {
        return offer;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isReviewer() {
        return reviewer;
    }

    public boolean isInterestPossible() {
        return interestPossible;
    }

    public List<Organisation> getProviders() {
        return providers;
    }

    public List<OfferCoProvider> getCoProviders() {
        return coProviders;
    }

    public List<ExpressionOfInterest> getInterests() {
        return interests;
    }

    public ExpressionOfInterest getMyInterest() {
        return myInterest;
    }

    public InterestForm getInterestForm() {
        return interestForm;
    }

    public List<OfferAttachment> getAttachments() {
        return attachments;
    }

    public UploadedFile getAttachmentFile() {
        return attachmentFile;
    }

    public void setAttachmentFile(UploadedFile attachmentFile) {
        this.attachmentFile = attachmentFile;
    }

    public Map<Long, InterestState> getNextStates() {
        return nextStates;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public void setReviewComment(String reviewComment) {
        this.reviewComment = reviewComment;
    }
}
